package org.openbsn.accounts.api;

import java.util.Set;

/** An account was opened. */
public record AccountSignedUpEvent(String accountId, String email, String displayName, Set<Role> roles, String language) {
}
