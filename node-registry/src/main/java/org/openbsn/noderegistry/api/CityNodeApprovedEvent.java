package org.openbsn.noderegistry.api;

/** An operator approved the node; it now sells capacity. */
public record CityNodeApprovedEvent(String nodeId, String operatorId) {
}
