package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks to pay for the draft with the order billing placed for it; the design must be complete. */
public record SubmitApplicationOrderCommand(@TargetAggregateIdentifier String applicationId, String publisherId, String orderId) {
}
