package org.openbsn.accounts.api;

/** An account's password was changed (the event records that it happened, never the password). */
public record PasswordChangedEvent(String accountId) {
}
