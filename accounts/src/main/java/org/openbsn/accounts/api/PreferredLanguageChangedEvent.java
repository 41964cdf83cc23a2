package org.openbsn.accounts.api;

/** A person chose another language. */
public record PreferredLanguageChangedEvent(String accountId, String language) {
}
