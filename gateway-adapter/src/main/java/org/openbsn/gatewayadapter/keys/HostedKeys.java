package org.openbsn.gatewayadapter.keys;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Supplier;

import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.MemberCertificates;

/**
 * The keys the gateway makes and holds for participants and their users: access keys, and
 * transaction keys certified by the city-node organisation's CA. Private keys go to the
 * {@link KeyVault}, sealed; they leave it only to sign, or for a participant to download its access key.
 */
public class HostedKeys {

    private final KeyVault vault;
    private final Supplier<MemberCertificates> certificates;

    /** {@code certificates} supplies the CA, or null when none is configured. */
    public HostedKeys(KeyVault vault, Supplier<MemberCertificates> certificates) {
        this.vault = vault;
        this.certificates = certificates;
    }

    /** A certified transaction key: the MSP whose CA issued the certificate, and the certificate as PEM. */
    public record Certified(String mspId, String certificatePem) {
    }

    public static String accessKeyId(String userCode) {
        return "access:" + userCode;
    }

    public static String identityKeyId(String userCode) {
        return "identity:" + userCode;
    }

    public static String userKeyId(String appCode, String name) {
        return "user:" + appCode + ":" + name;
    }

    /** Makes the participant a new access key, keeps its private key, and returns the public key as PEM. */
    public String newAccessKey(String userCode) {
        KeyPair pair = Pems.newP256KeyPair();
        vault.put(accessKeyId(userCode), pair.getPrivate());
        return Pems.of(pair.getPublic());
    }

    /** Forgets the private access key, once the participant signs with a key of its own. */
    public void forgetAccessKey(String userCode) {
        vault.remove(accessKeyId(userCode));
    }

    /** Whether a CA is configured that can certify transaction keys. */
    public boolean canCertify() {
        return certificates.get() != null;
    }

    /**
     * Makes a transaction key kept under {@code keyId} and has the CA certify it for {@code commonName};
     * refused when no CA is configured or when the CA's MSP is not {@code requiredMspId}.
     */
    public Certified newCertifiedKey(String keyId, String commonName, String requiredMspId) {
        MemberCertificates ca = ca(requiredMspId);
        KeyPair pair = Pems.newP256KeyPair();
        X509Certificate certificate = ca.issueClient(commonName, pair.getPublic());
        vault.put(keyId, pair.getPrivate());
        return new Certified(ca.mspId(), Pems.of(certificate));
    }

    /** Has the CA certify a key someone else holds (a user who enrols with a certificate request). */
    public Certified certify(String commonName, java.security.PublicKey key, String requiredMspId) {
        MemberCertificates ca = ca(requiredMspId);
        return new Certified(ca.mspId(), Pems.of(ca.issueClient(commonName, key)));
    }

    /** The certificate of the CA that issues members of {@code mspId}; empty when this gateway has no CA for it. */
    public Optional<X509Certificate> caCertificate(String mspId) {
        MemberCertificates ca = certificates.get();
        return ca == null || !ca.mspId().equals(mspId) ? Optional.empty() : Optional.of(ca.caCertificate());
    }

    public Optional<PrivateKey> privateKey(String keyId) {
        return vault.get(keyId);
    }

    private MemberCertificates ca(String requiredMspId) {
        MemberCertificates ca = certificates.get();
        if (ca == null) {
            throw new DomainException("gateway.no-ca",
                    "this gateway has no member CA configured, so it cannot issue certificates");
        }
        if (requiredMspId != null && !requiredMspId.equals(ca.mspId())) {
            throw new DomainException("gateway.msp-mismatch", "the application's members belong to " + requiredMspId
                    + ", but this gateway's CA issues certificates of " + ca.mspId(), requiredMspId, ca.mspId());
        }
        return ca;
    }
}
