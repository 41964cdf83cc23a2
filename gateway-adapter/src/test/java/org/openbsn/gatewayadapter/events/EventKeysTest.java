package org.openbsn.gatewayadapter.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** eventKey is a regular expression the whole event name must match. */
class EventKeysTest {

    private final EventKeys keys = new EventKeys();

    @Test
    void theWholeNameMustMatch() {
        assertThat(keys.matches("event_set", "event_set")).isTrue();
        assertThat(keys.matches("event_set", "event_settle")).isFalse();
        assertThat(keys.matches("event_(set|update)", "event_update")).isTrue();
        assertThat(keys.matches("test:\\S{32}", "test:12345678123456781234567812345678")).isTrue();
        assertThat(keys.matches("test:\\S{32}", "test:1234")).isFalse();
    }

    @Test
    void aCatastrophicallyBacktrackingKeyDoesNotMatchInsteadOfStallingTheFollower() {
        assertThat(keys.matches("(a+)+$", "a".repeat(40) + "!")).isFalse();
        assertThat(keys.matches("(a+)+$", "aaaa")).isTrue();
    }
}
