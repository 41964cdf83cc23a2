package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks to extend a live or expired application by {@code years}, paid with the renewal order billing placed. */
public record SubmitRenewalOrderCommand(@TargetAggregateIdentifier String applicationId, String publisherId, String orderId,
                                        int years) {
}
