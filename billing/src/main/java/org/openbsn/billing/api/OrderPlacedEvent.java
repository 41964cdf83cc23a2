package org.openbsn.billing.api;

import java.time.Instant;

/** An order was placed at this price and awaits payment. */
public record OrderPlacedEvent(String orderId, String buyerId, OrderSubject subject, Quote quote, Instant placedAt) {
}
