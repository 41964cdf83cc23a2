package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.error.Reason;

/** The payment provider reports that payment attempt {@code attempt} failed; ignored once the order is paid or retried. */
public record FailPaymentCommand(@TargetAggregateIdentifier String orderId, int attempt, Reason reason) {
}
