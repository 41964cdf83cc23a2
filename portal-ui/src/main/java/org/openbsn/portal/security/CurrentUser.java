package org.openbsn.portal.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The person signed in to the current session. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<PortalUser> find() {
        return authentication.getAuthenticatedUser(PortalUser.class);
    }

    /** The signed-in person; views that require a role are never shown without one. */
    public PortalUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public void logout() {
        authentication.logout();
    }
}
