package org.openbsn.applications.api;

import org.openbsn.infra.error.Reason;

/** Paying for the application failed, for this reason. */
public record ApplicationPaymentFailedEvent(String applicationId, String orderId, Reason reason) {
}
