package org.openbsn.infra.ledger;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.function.BiFunction;

/**
 * The participants' organisation's certificate authority as the gateway uses it: it certifies the
 * transaction keys of participants and their users as clients of that organisation's MSP.
 */
public interface MemberCertificates {

    /** A client certificate (NodeOU {@code client}) for {@code key} with the common name {@code commonName}. */
    X509Certificate issueClient(String commonName, PublicKey key);

    /** The CA's own certificate: a member's certificate chains to it. */
    X509Certificate caCertificate();

    /** The MSP whose CA issues the certificates, e.g. {@code Org1MSP}. */
    String mspId();

    /** The CA {@code ca} of {@code mspId}, issuing client certificates with {@code issueClient}. */
    static MemberCertificates of(String mspId, X509Certificate ca, BiFunction<String, PublicKey, X509Certificate> issueClient) {
        return new MemberCertificates() {
            @Override
            public X509Certificate issueClient(String commonName, PublicKey key) {
                return issueClient.apply(commonName, key);
            }

            @Override
            public X509Certificate caCertificate() {
                return ca;
            }

            @Override
            public String mspId() {
                return mspId;
            }
        };
    }
}
