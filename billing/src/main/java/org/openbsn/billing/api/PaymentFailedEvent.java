package org.openbsn.billing.api;

import org.openbsn.infra.error.Reason;

/** Paying for the order failed; the order can be paid again. */
public record PaymentFailedEvent(String orderId, String buyerId, OrderSubject subject, Reason reason) {
}
