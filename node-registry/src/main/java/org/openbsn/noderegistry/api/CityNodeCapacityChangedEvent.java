package org.openbsn.noderegistry.api;

/** The owner changed the node's capacity. */
public record CityNodeCapacityChangedEvent(String nodeId, String ownerId, Capacity capacity) {
}
