package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.error.Reason;

/** The licence ends early, e.g. because its order was refunded; the reason is shown to the buyer. */
public record RevokeLicenceCommand(@TargetAggregateIdentifier String licenceId, Reason reason) {
}
