package org.openbsn.accounts.api;

/** The sign-in credentials registered under this e-mail address, if any. */
public record FindLoginQuery(String email) {
}
