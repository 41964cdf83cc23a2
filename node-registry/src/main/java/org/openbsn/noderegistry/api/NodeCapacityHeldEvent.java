package org.openbsn.noderegistry.api;

import java.time.Instant;

/** Capacity is held on the node for an order at the checkout until {@code until}. */
public record NodeCapacityHeldEvent(String nodeId, String orderId, String applicationId, Capacity capacity, Instant until) {
}
