package org.openbsn.noderegistry.api;

import java.time.Instant;

/** Capacity an order holds on a node, and until when. */
public record CapacityHold(String nodeId, String orderId, Instant until) {
}
