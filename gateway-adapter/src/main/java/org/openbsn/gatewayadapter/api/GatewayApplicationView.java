package org.openbsn.gatewayadapter.api;

import java.util.List;
import java.util.Optional;

/** An application as the gateway serves it. {@code version} is the last event the view reflects. */
public record GatewayApplicationView(String appCode, String name, String channelId, String mspId, String chaincode,
                                     CertificateMode mode, List<GatewayFunction> functions, List<GatewayRole> roles,
                                     long version) {

    public Optional<GatewayFunction> function(String functionName) {
        return functions.stream().filter(f -> f.name().equals(functionName)).findFirst();
    }

    public Optional<GatewayRole> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }
}
