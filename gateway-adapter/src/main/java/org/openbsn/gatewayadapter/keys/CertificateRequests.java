package org.openbsn.gatewayadapter.keys;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * PKCS#10 certificate requests as BSN's SDKs send them to user/enroll. The Java SDK writes the
 * Base64 as one unwrapped line, so the PEM is read leniently: any line breaks, or none.
 */
public final class CertificateRequests {

    private static final Pattern ARMOUR = Pattern.compile("-----(BEGIN|END) (NEW )?CERTIFICATE REQUEST-----");

    private CertificateRequests() {
    }

    /** A request whose signature verifies: the subject's common name and the P-256 key to certify. */
    public record Verified(String commonName, PublicKey publicKey) {
    }

    /** Parses and checks {@code pem}; {@link IllegalArgumentException} names the problem, starting with "csrPem". */
    public static Verified verify(String pem) {
        PKCS10CertificationRequest request = parse(pem);
        SubjectPublicKeyInfo key = request.getSubjectPublicKeyInfo();
        Object curve = key.getAlgorithm().getParameters();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(key.getAlgorithm().getAlgorithm())
                || !(curve instanceof ASN1ObjectIdentifier named) || !SECObjectIdentifiers.secp256r1.equals(named)) {
            throw new IllegalArgumentException("csrPem: the request's key is not an EC P-256 (secp256r1) key");
        }
        PublicKey publicKey;
        try {
            publicKey = new JcaPEMKeyConverter().getPublicKey(key);
        } catch (IOException e) {
            throw new IllegalArgumentException("csrPem: the request's public key cannot be read");
        }
        try {
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(publicKey))) {
                throw new IllegalArgumentException("csrPem: the request's signature does not verify with its own public key");
            }
        } catch (OperatorCreationException | PKCSException e) {
            throw new IllegalArgumentException("csrPem: the request's signature cannot be checked: " + e.getMessage());
        }
        RDN[] names = request.getSubject().getRDNs(BCStyle.CN);
        if (names.length != 1) {
            throw new IllegalArgumentException("csrPem: the request's subject must have exactly one CN (name@appCode)");
        }
        return new Verified(IETFUtils.valueToString(names[0].getFirst().getValue()), publicKey);
    }

    private static PKCS10CertificationRequest parse(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("csrPem is missing");
        }
        String base64 = ARMOUR.matcher(pem).replaceAll("").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("csrPem is not a PEM certificate request: its body is not Base64");
        }
        try {
            return new PKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException malformed) {
            throw new IllegalArgumentException("csrPem is not a PEM certificate request: its body is not PKCS#10");
        }
    }
}
