package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator lets a suspended application run again. */
public record ResumeApplicationCommand(@TargetAggregateIdentifier String applicationId, String operatorId) {
}
