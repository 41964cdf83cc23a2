package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A participant registers a user of the application (BSN's user/register). The secret is kept
 * only as a hash; in a key-trust application the user's key and certificate are made at once.
 */
public record RegisterGatewayUserCommand(@TargetAggregateIdentifier String appCode, String userCode, String name,
                                         String secret) {

    @Override
    public String toString() {
        return "RegisterGatewayUserCommand[appCode=" + appCode + ", userCode=" + userCode + ", name=" + name + "]";
    }
}
