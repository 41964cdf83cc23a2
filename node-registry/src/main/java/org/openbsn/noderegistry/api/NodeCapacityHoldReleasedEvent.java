package org.openbsn.noderegistry.api;

/**
 * What an order held is free again, or, when {@code converted}, became the application's reservation.
 */
public record NodeCapacityHoldReleasedEvent(String nodeId, String orderId, String applicationId, Capacity capacity,
                                            boolean converted) {
}
