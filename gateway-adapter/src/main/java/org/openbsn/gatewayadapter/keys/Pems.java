package org.openbsn.gatewayadapter.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.hyperledger.fabric.client.identity.Identities;

/** P-256 keys and X.509 certificates as PEM text, the way Fabric and BSN's SDKs exchange them. */
public final class Pems {

    private Pems() {
    }

    public static KeyPair newP256KeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 keys are not available", e);
        }
    }

    /** {@code -----BEGIN PUBLIC KEY-----}, as BSN has participants upload it. */
    public static String of(PublicKey key) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** PKCS#8 {@code -----BEGIN PRIVATE KEY-----}, as BSN's SDKs read it. */
    public static String of(PrivateKey key) {
        return Identities.toPemString(key);
    }

    public static String of(X509Certificate certificate) {
        return Identities.toPemString(certificate);
    }

    /** Reads a PKCS#8 PEM private key; {@link IllegalArgumentException} when it is not one (without echoing it). */
    public static PrivateKey privateKey(String pem) {
        try {
            return Identities.readPrivateKey(pem);
        } catch (java.security.InvalidKeyException | RuntimeException e) {
            throw new IllegalArgumentException("is not a PEM private key");
        }
    }

    /** Reads a PEM certificate; {@link IllegalArgumentException} says what is wrong. */
    public static X509Certificate certificate(String pem) {
        try {
            return Identities.readX509Certificate(pem);
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("is not a PEM X.509 certificate");
        }
    }

    /**
     * Reads a {@code BEGIN PUBLIC KEY} PEM that must hold an EC key on P-256 (secp256r1);
     * {@link IllegalArgumentException} says which of the two it is not.
     */
    public static PublicKey p256PublicKey(String pem) {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem.strip()))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException malformed) {
            throw new IllegalArgumentException("is not a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        if (!(parsed instanceof SubjectPublicKeyInfo info)) {
            throw new IllegalArgumentException("is not a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        boolean ec = X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm());
        Object curve = info.getAlgorithm().getParameters();
        if (!ec || !(curve instanceof ASN1ObjectIdentifier named) || !SECObjectIdentifiers.secp256r1.equals(named)) {
            throw new IllegalArgumentException("is not an EC P-256 (secp256r1) public key");
        }
        try {
            return new JcaPEMKeyConverter().getPublicKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("is not a valid EC P-256 public key");
        }
    }
}
