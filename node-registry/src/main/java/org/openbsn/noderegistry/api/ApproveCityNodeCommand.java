package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator lets a pending node sell capacity. */
public record ApproveCityNodeCommand(@TargetAggregateIdentifier String nodeId, String operatorId) {
}
