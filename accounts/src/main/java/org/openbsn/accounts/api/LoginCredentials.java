package org.openbsn.accounts.api;

import java.util.Set;

/** What the sign-in check needs of an account. */
public record LoginCredentials(
        String accountId, String email, String passwordHash, Set<Role> roles, boolean mustChangePassword) {
}
