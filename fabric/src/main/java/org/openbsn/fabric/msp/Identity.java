package org.openbsn.fabric.msp;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A member of an organisation: its certificate and the private key that signs for it. */
public record Identity(String mspId, X509Certificate certificate, PrivateKey privateKey) implements Signer {

    @Override
    public String certificatePem() {
        return Pem.of(certificate);
    }

    @Override
    public byte[] sign(byte[] message) {
        return Ecdsa.sign(privateKey, message);
    }
}
