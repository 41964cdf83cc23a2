package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner sets how much of each resource the node sells. */
public record ChangeCityNodeCapacityCommand(@TargetAggregateIdentifier String nodeId, String ownerId, Capacity capacity) {
}
