package org.openbsn.billing.api;

/** Asks for one order. */
public record FindOrderQuery(String orderId) {
}
