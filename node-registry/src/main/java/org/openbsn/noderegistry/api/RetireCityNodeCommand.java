package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner takes the node off the network for good. */
public record RetireCityNodeCommand(@TargetAggregateIdentifier String nodeId, String ownerId) {
}
