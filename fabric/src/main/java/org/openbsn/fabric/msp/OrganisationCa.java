package org.openbsn.fabric.msp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate authority of one organisation. It issues certificates whose subject carries the
 * NodeOU role, so the organisation's {@link Msp} can tell clients, peers, admins and orderers apart.
 */
public final class OrganisationCa {

    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final Duration LEAF_LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String mspId;
    private final String domain;
    private final X509Certificate certificate;
    private final PrivateKey key;

    private OrganisationCa(String mspId, String domain, X509Certificate certificate, PrivateKey key) {
        this.mspId = mspId;
        this.domain = domain;
        this.certificate = certificate;
        this.key = key;
    }

    /** A new CA for the organisation {@code mspId}, named after its {@code domain} (e.g. org1.example.com). */
    public static OrganisationCa create(String mspId, String domain) {
        KeyPair pair = Ecdsa.newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, domain).addRDN(BCStyle.CN, "ca." + domain).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CA_LIFETIME)), name, pair.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
        } catch (CertIOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new OrganisationCa(mspId, domain, sign(builder, pair.getPrivate()), pair.getPrivate());
    }

    /** Loads the CA saved under {@code directory}, or creates and saves one there. */
    public static OrganisationCa loadOrCreate(Path directory, String mspId, String domain) {
        Path certificateFile = directory.resolve("ca-cert.pem");
        Path keyFile = directory.resolve("ca-key.pem");
        try {
            if (Files.isRegularFile(certificateFile) && Files.isRegularFile(keyFile)) {
                return new OrganisationCa(mspId, domain,
                        Pem.certificate(Files.readAllBytes(certificateFile)), Pem.privateKey(Files.readString(keyFile)));
            }
            OrganisationCa created = create(mspId, domain);
            Files.createDirectories(directory);
            writeAtomically(keyFile, Pem.of(created.key), true);
            writeAtomically(certificateFile, Pem.of(created.certificate), false);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the CA of " + mspId + " in " + directory, e);
        }
    }

    public String mspId() {
        return mspId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The membership service provider that trusts this CA. */
    public Msp msp() {
        return new Msp(mspId, certificate);
    }

    /** Issues a certificate for {@code publicKey} with the given common name and NodeOU role. */
    public X509Certificate issue(String commonName, NodeOu role, PublicKey publicKey) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, domain).addRDN(BCStyle.OU, role.ou())
                .addRDN(BCStyle.CN, commonName).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(LEAF_LIFETIME)), subject, publicKey);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(certificate));
        } catch (CertIOException | java.security.NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, key);
    }

    /**
     * A TLS server and client certificate for {@code publicKey}, valid for the given host names and addresses
     * (both may be empty for a certificate that only authenticates a client).
     */
    public X509Certificate issueTls(String commonName, List<String> hostNames, List<String> addresses, PublicKey publicKey) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, domain).addRDN(BCStyle.CN, commonName).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(LEAF_LIFETIME)), subject, publicKey);
        try {
            List<GeneralName> names = new ArrayList<>();
            hostNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
            addresses.forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            // a client-only certificate (an admin's) names no host, and RFC 5280 forbids an empty subjectAltName
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, key);
    }

    /** A new member: a fresh P-256 key and a certificate for it. */
    public Identity enroll(String commonName, NodeOu role) {
        KeyPair pair = Ecdsa.newKeyPair();
        return new Identity(mspId, issue(commonName, role, pair.getPublic()), pair.getPrivate());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("Could not sign a certificate", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(128, RANDOM);
    }

    /** Written whole or not at all; the key file readable by its owner only. */
    static void writeAtomically(Path file, String text, boolean secret) throws IOException {
        Path staging = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(staging, text, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
        }
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
