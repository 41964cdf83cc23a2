package org.openbsn.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords for one e-mail address within
 * {@code window}, that address cannot sign in for {@code lockout}. Unknown addresses count too, so
 * the lock reveals nothing about which accounts exist. Kept in memory, per portal instance.
 */
public class LoginThrottle {

    /** The limits, from {@code bsn.login.*}. */
    @ConfigurationProperties("bsn.login")
    public record Limits(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                         @DefaultValue("15m") Duration lockout) {
    }

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Until when {@code email} may not sign in, if it is locked now. */
    public Optional<Instant> lockedUntil(String email) {
        Failures current = failures.get(key(email));
        Instant now = clock.instant();
        return current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())
                ? Optional.of(current.lockedUntil())
                : Optional.empty();
    }

    public void failed(String email) {
        Instant now = clock.instant();
        failures.compute(key(email), (key, current) -> {
            if (current == null || now.isAfter(current.first().plus(limits.window()))
                    || (current.lockedUntil() != null && !now.isBefore(current.lockedUntil()))) {
                current = new Failures(0, now, null);
            }
            int count = current.count() + 1;
            return new Failures(count, current.first(), count >= limits.maxFailures() ? now.plus(limits.lockout()) : null);
        });
    }

    public void succeeded(String email) {
        failures.remove(key(email));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
