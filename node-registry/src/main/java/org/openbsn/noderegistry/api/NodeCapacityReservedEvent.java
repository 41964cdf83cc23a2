package org.openbsn.noderegistry.api;

/** An application reserved resources on the node. */
public record NodeCapacityReservedEvent(String nodeId, String applicationId, Capacity capacity) {
}
