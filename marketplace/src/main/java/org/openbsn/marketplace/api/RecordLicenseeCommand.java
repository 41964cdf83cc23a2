package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A licence of the package became usable; its buyer may now rate it. Repeating it changes nothing. */
public record RecordLicenseeCommand(@TargetAggregateIdentifier String packageId, String licenceId, String buyerId) {
}
