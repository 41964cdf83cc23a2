package org.openbsn.applications.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The publisher invites an account into the live application with these roles. */
public record InviteParticipantCommand(@TargetAggregateIdentifier String applicationId, String publisherId, String accountId,
                                       List<String> roles) {
}
