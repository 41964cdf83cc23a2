package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A publishing step finished. */
public record RecordPublishingProgressCommand(@TargetAggregateIdentifier String applicationId, PublishingStep step) {
}
