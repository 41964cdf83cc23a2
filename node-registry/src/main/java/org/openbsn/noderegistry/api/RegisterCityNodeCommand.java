package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A node owner lists a city node; it waits for an operator's approval. */
public record RegisterCityNodeCommand(@TargetAggregateIdentifier String nodeId, String ownerId, NodeDetails details, Capacity capacity, UnitPrices prices) {
}
