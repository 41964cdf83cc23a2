package org.openbsn.portal.security;

import org.openbsn.accounts.api.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account a person signs in with, by e-mail address. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    PortalUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findLogin(email)
                .map(login -> new PortalUser(login.accountId(), login.email(), login.passwordHash(), login.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
    }
}
