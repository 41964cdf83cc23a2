package org.openbsn.noderegistry.api;

/** An operator suspended the node. */
public record CityNodeSuspendedEvent(String nodeId, String operatorId, String reason) {
}
