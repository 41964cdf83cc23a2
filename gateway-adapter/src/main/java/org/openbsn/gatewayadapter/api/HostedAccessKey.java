package org.openbsn.gatewayadapter.api;

/** A participant's access key as the gateway made it: the PKCS#8 PEM private key its business system signs with. */
public record HostedAccessKey(String userCode, String privateKeyPem) {

    @Override
    public String toString() {
        return "HostedAccessKey[userCode=" + userCode + "]";
    }
}
