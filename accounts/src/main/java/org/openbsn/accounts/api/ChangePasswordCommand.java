package org.openbsn.accounts.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an account's password with one already hashed. */
public record ChangePasswordCommand(@TargetAggregateIdentifier String accountId, String passwordHash) {
}
