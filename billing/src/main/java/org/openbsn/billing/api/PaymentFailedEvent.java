package org.openbsn.billing.api;

/** Paying for the order failed; the order can be paid again. */
public record PaymentFailedEvent(String orderId, String buyerId, OrderSubject subject, String reason) {
}
