package org.openbsn.gatewayadapter.api;

import java.util.List;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;

/** An application became callable through the gateway, or its name, functions or roles changed. */
public record GatewayApplicationDefinedEvent(String appCode, String name, String channelId, String mspId,
                                             String chaincode, CertificateMode mode, List<ApplicationFunction> functions,
                                             List<ApplicationRole> roles) {
}
