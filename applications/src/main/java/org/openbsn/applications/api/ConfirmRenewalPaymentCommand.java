package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing confirmed the renewal order is paid; the application is extended once, however often this is re-sent. */
public record ConfirmRenewalPaymentCommand(@TargetAggregateIdentifier String applicationId, String orderId) {
}
