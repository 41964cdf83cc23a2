package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.error.Reason;

/** The outcome of running the version on devnet and asking its review query; {@code detail} says what happened. */
public record RecordAutomaticCheckCommand(@TargetAggregateIdentifier String packageId, String version, boolean passed,
                                          Reason detail) {
}
