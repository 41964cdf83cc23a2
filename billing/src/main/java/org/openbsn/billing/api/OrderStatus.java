package org.openbsn.billing.api;

/** Where an order stands. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, PAYMENT_FAILED, REFUNDED
}
