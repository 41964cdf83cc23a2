package org.openbsn.noderegistry.api;

/** The owner changed the node's prices. */
public record CityNodePricesChangedEvent(String nodeId, String ownerId, UnitPrices prices) {
}
