package org.openbsn.applications.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The publisher approves an application to join, with these roles. */
public record ApproveParticipantCommand(@TargetAggregateIdentifier String applicationId, String publisherId, String accountId,
                                        List<String> roles) {
}
