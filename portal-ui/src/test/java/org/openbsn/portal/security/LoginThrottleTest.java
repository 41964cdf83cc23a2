package org.openbsn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    private void fail(String email, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email);
        }
    }

    @Test
    void theFifthWrongPasswordLocksTheAddressForFifteenMinutes() {
        fail("li@example.com", 4);
        assertThat(throttle.lockedUntil("li@example.com")).isEmpty();
        fail("LI@example.com ", 1);
        assertThat(throttle.lockedUntil("li@example.com")).contains(now.plus(Duration.ofMinutes(15)));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("li@example.com")).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        fail("wang@example.com", 4);
        now = now.plus(Duration.ofMinutes(16));
        fail("wang@example.com", 4);
        assertThat(throttle.lockedUntil("wang@example.com")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        fail("zhao@example.com", 4);
        throttle.succeeded("zhao@example.com");
        fail("zhao@example.com", 4);
        assertThat(throttle.lockedUntil("zhao@example.com")).isEmpty();
    }

    @Test
    void anotherAddressIsNotAffected() {
        fail("a@example.com", 5);
        assertThat(throttle.lockedUntil("b@example.com")).isEmpty();
    }
}
