package org.openbsn.gatewayadapter.protocol;

import java.security.PublicKey;

/** Who may call: the access key of a participant who is a member of the application. */
public interface GatewayCallers {

    /**
     * The public key {@code userCode} signs its calls to {@code appCode} with; a
     * {@link GatewayRefusal} names what is unknown (the application, the user, or the membership).
     */
    PublicKey accessKey(String userCode, String appCode);
}
