package org.openbsn.portal.support;

import java.util.Arrays;
import java.util.function.Supplier;

import org.openbsn.accounts.api.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as someone holding the given roles, as the portal's facades check them. */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(Supplier<T> action, Role... roles) {
        String[] authorities = Arrays.stream(roles).map(role -> "ROLE_" + role.name()).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("test", null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
