package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator suspends a live application, saying why; the gateway refuses its calls until it is resumed. */
public record SuspendApplicationCommand(@TargetAggregateIdentifier String applicationId, String operatorId, String reason) {
}
