package org.openbsn.accounts.api;

/** The account with this id, if any. */
public record FindAccountQuery(String accountId) {
}
