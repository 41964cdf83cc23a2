package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The publisher turns down an application to join, saying why. */
public record RejectParticipantCommand(@TargetAggregateIdentifier String applicationId, String publisherId, String accountId,
                                       String reason) {
}
