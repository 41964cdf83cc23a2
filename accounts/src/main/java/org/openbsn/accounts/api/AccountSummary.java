package org.openbsn.accounts.api;

import java.util.Set;

/** An account as the portal shows it. */
public record AccountSummary(
        String accountId, String email, String displayName, Set<Role> roles, String language, long version) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
