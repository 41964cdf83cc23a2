package org.openbsn.noderegistry.api;

/** An application released what it had reserved on the node. */
public record NodeCapacityReleasedEvent(String nodeId, String applicationId, Capacity capacity) {
}
