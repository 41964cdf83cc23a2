package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner sets the node's yearly unit prices. */
public record ChangeCityNodePricesCommand(@TargetAggregateIdentifier String nodeId, String ownerId, UnitPrices prices) {
}
