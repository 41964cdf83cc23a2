package org.openbsn.gatewayadapter.ledger;

import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.hyperledger.fabric.client.identity.Identities;

/** Who signs: an organisation's member certificate and its private key. */
public record LedgerIdentity(String mspId, X509Certificate certificate, PrivateKey privateKey) {

    /** Reads the certificate and the PKCS#8 private key from PEM text; a problem names which of the two is wrong. */
    public static LedgerIdentity fromPem(String mspId, String certificatePem, String privateKeyPem) {
        X509Certificate certificate;
        try {
            certificate = Identities.readX509Certificate(certificatePem);
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("the identity certificate is not a PEM X.509 certificate: " + e.getMessage(), e);
        }
        try {
            return new LedgerIdentity(mspId, certificate, Identities.readPrivateKey(privateKeyPem));
        } catch (InvalidKeyException | RuntimeException e) {
            throw new IllegalArgumentException("the identity private key is not a PEM private key", e);
        }
    }

    @Override
    public String toString() {
        return "LedgerIdentity[" + mspId + ", " + certificate.getSubjectX500Principal() + "]";
    }
}
