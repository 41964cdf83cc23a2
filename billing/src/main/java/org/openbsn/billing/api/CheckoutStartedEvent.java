package org.openbsn.billing.api;

import java.time.Instant;

/**
 * A payment attempt (numbered from 1) began with this provider and stays open until {@code expiresAt} (null in
 * attempts recorded before checkouts expired); a failed order awaits payment again.
 */
public record CheckoutStartedEvent(String orderId, String buyerId, int attempt, String provider, Instant expiresAt) {
}
