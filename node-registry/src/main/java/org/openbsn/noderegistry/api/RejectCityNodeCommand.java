package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator turns a pending node down, saying why. */
public record RejectCityNodeCommand(@TargetAggregateIdentifier String nodeId, String operatorId, String reason) {
}
