package org.openbsn.gatewayadapter.protocol;

import java.security.PrivateKey;

/** Signs every reply and callback with the gateway's key; business systems verify with its certificate. */
public record GatewaySigner(PrivateKey key, String certificatePem) {

    public String sign(String text) {
        return Macs.sign(key, text);
    }

    @Override
    public String toString() {
        return "GatewaySigner[certificate only]";
    }
}
