package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.error.Reason;

/** Refunds a paid order in full, with the reason the buyer is told; re-sent, it refunds nothing more. */
public record RefundOrderCommand(@TargetAggregateIdentifier String orderId, Reason reason) {
}
