package org.openbsn.portal.security;

import java.util.List;

import org.openbsn.accounts.api.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account a person signs in with, by e-mail address. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    PortalUserDetailsService(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (throttle.lockedUntil(email).isPresent()) {
            // a locked account, known or not, so Spring refuses it before any password check and reveals nothing
            return User.withUsername(email).password("").authorities(List.of()).accountLocked(true).build();
        }
        return accounts.findLogin(email)
                .map(login -> new PortalUser(login.accountId(), login.email(), login.passwordHash(), login.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
    }
}
