package org.openbsn.applications.api;

/** The application awaits payment of this order. */
public record ApplicationOrderSubmittedEvent(String applicationId, String orderId) {
}
