package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An account asks to join the live application with a role, saying why. */
public record ApplyToApplicationCommand(@TargetAggregateIdentifier String applicationId, String accountId, String role,
                                        String note) {
}
