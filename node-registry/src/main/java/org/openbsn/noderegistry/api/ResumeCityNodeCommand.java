package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator lets a suspended node sell again. */
public record ResumeCityNodeCommand(@TargetAggregateIdentifier String nodeId, String operatorId) {
}
