package org.openbsn.gatewayadapter.api;

import java.util.List;

/** An application became callable through the gateway, or its name, functions or roles changed. */
public record GatewayApplicationDefinedEvent(String appCode, String name, String channelId, String mspId,
                                             String chaincode, CertificateMode mode, List<GatewayFunction> functions,
                                             List<GatewayRole> roles) {
}
