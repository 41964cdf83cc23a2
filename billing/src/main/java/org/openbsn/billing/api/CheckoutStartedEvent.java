package org.openbsn.billing.api;

/** A payment attempt (numbered from 1) began with this provider; a failed order awaits payment again. */
public record CheckoutStartedEvent(String orderId, String buyerId, int attempt, String provider) {
}
