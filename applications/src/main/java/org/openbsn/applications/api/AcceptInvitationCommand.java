package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The invited account accepts and becomes a member. */
public record AcceptInvitationCommand(@TargetAggregateIdentifier String applicationId, String accountId) {
}
