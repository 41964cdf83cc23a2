package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the certificate issued for a registered user of a public-key-upload application (BSN's user/enroll). */
public record EnrollGatewayUserCommand(@TargetAggregateIdentifier String appCode, String name, String certificatePem) {
}
