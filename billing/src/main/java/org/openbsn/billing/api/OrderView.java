package org.openbsn.billing.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/** An order as the portal shows it; {@code version} is the last event the view reflects. */
public record OrderView(String orderId, String buyerId, OrderSubject subject, Quote quote, OrderStatus status,
                        Reason statusReason, Instant placedAt, Instant paidAt, long version) {
}
