package org.openbsn.accounts.api;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an account. The password arrives already hashed; it is never part of an event. */
public record SignUpCommand(
        @TargetAggregateIdentifier String accountId,
        String email,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        String language,
        boolean mustChangePassword) {
}
