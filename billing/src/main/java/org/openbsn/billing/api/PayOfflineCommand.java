package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer presses "Pay (test)" or "Fail payment (test)" on the offline provider's checkout page. */
public record PayOfflineCommand(@TargetAggregateIdentifier String orderId, String buyerId, boolean succeeds) {
}
