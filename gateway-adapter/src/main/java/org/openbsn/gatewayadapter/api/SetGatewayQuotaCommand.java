package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The TPS the application has bought on a city node; the node's gateway admits at most that many calls a second. */
public record SetGatewayQuotaCommand(@TargetAggregateIdentifier String appCode, String nodeCode, int tps) {
}
