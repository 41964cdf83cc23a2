package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A licensee rates the package 1 to 5 stars with a review; rating again replaces the earlier one. */
public record RatePackageCommand(@TargetAggregateIdentifier String packageId, String raterId, int stars, String text) {
}
