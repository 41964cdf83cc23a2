package org.openbsn.gatewayadapter.protocol;

/** One path of the gateway: what it does with a request whose mac (if it is signed) has been checked. */
public interface GatewayEndpoint {

    /** The full path, e.g. {@code /api/fabric/v1/node/reqChainCode}. */
    String path();

    /** False only for getAppInfo, which the SDKs send without a mac. */
    default boolean signed() {
        return true;
    }

    /**
     * True for calls that run a transaction on the application's channel (reqChainCode, node/trans,
     * trans/prepare): they count against the application's purchased TPS on this city node.
     */
    default boolean metered() {
        return false;
    }

    /** Answers the call; a {@link GatewayRefusal} becomes a code −1 reply. */
    GatewayReply handle(GatewayRequest request);

    /** The reply when the call is refused before it reaches {@link #handle}. */
    default GatewayReply refusal(String message) {
        return GatewayReply.failure(message);
    }
}
