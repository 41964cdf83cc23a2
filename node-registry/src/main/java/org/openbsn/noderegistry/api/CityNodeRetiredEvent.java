package org.openbsn.noderegistry.api;

/** The owner retired the node. */
public record CityNodeRetiredEvent(String nodeId, String ownerId) {
}
