package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing confirmed the order is paid; publishing starts (once, however often this is re-sent). */
public record ConfirmApplicationPaymentCommand(@TargetAggregateIdentifier String applicationId, String orderId) {
}
