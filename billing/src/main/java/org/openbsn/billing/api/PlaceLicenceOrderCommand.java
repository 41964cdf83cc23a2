package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places the order that pays for a marketplace licence; billing asks the marketplace for its terms (never trusting a caller's price). */
public record PlaceLicenceOrderCommand(@TargetAggregateIdentifier String orderId, String buyerId, String licenceId) {
}
