package org.openbsn.noderegistry.api;

import java.time.Instant;

/** Capacity an order of an application holds on a node, and until when. */
public record CapacityHold(String nodeId, String orderId, String applicationId, Capacity capacity, Instant until) {
}
