package org.openbsn.gatewayadapter.protocol;

import java.security.PrivateKey;

import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;

/** Signs every reply and callback with the gateway's key; business systems verify with its certificate. */
public record GatewaySigner(PrivateKey key, String certificatePem) {

    public GatewaySigner {
        key = BouncyCastleKeys.privateKey(key);
    }

    public String sign(String text) {
        return Macs.sign(key, text);
    }

    @Override
    public String toString() {
        return "GatewaySigner[certificate only]";
    }
}
