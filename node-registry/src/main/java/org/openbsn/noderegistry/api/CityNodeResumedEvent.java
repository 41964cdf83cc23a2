package org.openbsn.noderegistry.api;

/** An operator resumed the node. */
public record CityNodeResumedEvent(String nodeId, String operatorId) {
}
