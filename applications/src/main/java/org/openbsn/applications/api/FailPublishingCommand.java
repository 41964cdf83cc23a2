package org.openbsn.applications.api;
import org.openbsn.infra.error.Reason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A publishing step failed; the application goes back to draft and what was reserved is released and refunded. */
public record FailPublishingCommand(@TargetAggregateIdentifier String applicationId, PublishingStep failedStep, Reason reason) {
}
