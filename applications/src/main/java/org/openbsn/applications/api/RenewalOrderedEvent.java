package org.openbsn.applications.api;

/** A renewal for {@code years} awaits payment of this order. */
public record RenewalOrderedEvent(String applicationId, String orderId, int years) {
}
