package org.openbsn.applications.api;
import org.openbsn.infra.error.Reason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing says paying for the order failed; the publisher may pay again. */
public record RecordApplicationPaymentFailureCommand(@TargetAggregateIdentifier String applicationId, String orderId,
                                                    Reason reason) {
}
