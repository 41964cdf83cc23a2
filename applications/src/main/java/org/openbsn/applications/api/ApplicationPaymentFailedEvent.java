package org.openbsn.applications.api;

/** Paying for the application failed, for this reason. */
public record ApplicationPaymentFailedEvent(String applicationId, String orderId, String reason) {
}
