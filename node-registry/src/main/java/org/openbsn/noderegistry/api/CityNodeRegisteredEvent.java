package org.openbsn.noderegistry.api;

/** A city node was listed and awaits approval. */
public record CityNodeRegisteredEvent(String nodeId, String ownerId, NodeDetails details, Capacity capacity, UnitPrices prices) {
}
