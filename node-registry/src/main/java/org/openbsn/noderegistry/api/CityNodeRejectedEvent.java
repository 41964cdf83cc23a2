package org.openbsn.noderegistry.api;

/** An operator rejected the node. */
public record CityNodeRejectedEvent(String nodeId, String operatorId, String reason) {
}
