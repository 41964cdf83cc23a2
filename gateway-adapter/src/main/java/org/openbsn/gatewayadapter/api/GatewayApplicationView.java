package org.openbsn.gatewayadapter.api;

import java.util.List;
import java.util.Optional;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;

/** An application as the gateway serves it. {@code version} is the last event the view reflects. */
public record GatewayApplicationView(String appCode, String name, String channelId, String mspId, String chaincode,
                                     CertificateMode mode, List<ApplicationFunction> functions, List<ApplicationRole> roles,
                                     long version) {

    public Optional<ApplicationFunction> function(String functionName) {
        return functions.stream().filter(f -> f.name().equals(functionName)).findFirst();
    }

    public Optional<ApplicationRole> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }
}
