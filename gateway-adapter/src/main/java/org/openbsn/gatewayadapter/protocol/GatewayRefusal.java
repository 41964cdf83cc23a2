package org.openbsn.gatewayadapter.protocol;

/** A call refused with code −1 and a message naming the problem; nothing was changed. */
public class GatewayRefusal extends RuntimeException {

    public GatewayRefusal(String message) {
        super(message, null, false, false);
    }
}
