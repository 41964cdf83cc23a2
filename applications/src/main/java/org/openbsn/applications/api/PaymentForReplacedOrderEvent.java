package org.openbsn.applications.api;

/** A payment arrived for an order the application no longer waits for (a newer one replaced it); it is refunded. */
public record PaymentForReplacedOrderEvent(String applicationId, String orderId) {
}
