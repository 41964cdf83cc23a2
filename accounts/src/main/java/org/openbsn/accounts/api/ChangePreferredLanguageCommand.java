package org.openbsn.accounts.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remembers the language a person reads the portal in. */
public record ChangePreferredLanguageCommand(@TargetAggregateIdentifier String accountId, String language) {
}
