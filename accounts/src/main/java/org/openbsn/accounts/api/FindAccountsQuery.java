package org.openbsn.accounts.api;

import java.util.Collection;

/** The accounts with these ids (those that exist). */
public record FindAccountsQuery(Collection<String> accountIds) {
}
