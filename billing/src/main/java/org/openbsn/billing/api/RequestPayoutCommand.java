package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pays the payee what they earned and was not paid out yet; sent again, it pays nothing more. */
public record RequestPayoutCommand(@TargetAggregateIdentifier String payoutId, String payeeId) {
}
