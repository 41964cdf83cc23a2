package org.openbsn.gatewayadapter.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;

/**
 * Makes a published application callable through the gateway: its channel, the MSP its members
 * belong to, its chaincode, who holds the keys, and its functions and roles. Sent again, it
 * replaces the name, functions and roles; the channel, MSP, chaincode and mode stay as first defined.
 */
public record DefineGatewayApplicationCommand(@TargetAggregateIdentifier String appCode, String name, String channelId,
                                              String mspId, String chaincode, CertificateMode mode,
                                              List<ApplicationFunction> functions, List<ApplicationRole> roles) {
}
