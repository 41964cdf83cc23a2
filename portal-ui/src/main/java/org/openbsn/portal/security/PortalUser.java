package org.openbsn.portal.security;

import java.util.Collection;
import java.util.Set;

import org.openbsn.accounts.api.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: their account id and roles, as Spring Security carries them. */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final String accountId;
    private final String email;
    private final Set<Role> roles;
    private String passwordHash;

    PortalUser(String accountId, String email, String passwordHash, Set<Role> roles) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
    }

    public String accountId() {
        return accountId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
