package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator stops an active node from selling, saying why. */
public record SuspendCityNodeCommand(@TargetAggregateIdentifier String nodeId, String operatorId, String reason) {
}
