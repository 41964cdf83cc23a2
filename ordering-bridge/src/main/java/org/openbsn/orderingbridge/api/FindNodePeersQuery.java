package org.openbsn.orderingbridge.api;

/** The enrolled peers of the city node {@code nodeId}, by name. */
public record FindNodePeersQuery(String nodeId) {
}
