package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A yearly licence whose paid years are over stops being usable; before then, or repeated, it changes nothing. */
public record ExpireLicenceCommand(@TargetAggregateIdentifier String licenceId) {
}
