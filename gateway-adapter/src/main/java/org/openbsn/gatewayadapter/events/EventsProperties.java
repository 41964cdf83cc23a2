package org.openbsn.gatewayadapter.events;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of event subscriptions and their callbacks, under {@code bsn.gateway}: the city node's
 * code (orgCode in replies and callbacks), how many subscriptions a participant may hold per
 * application, and how callbacks are sent.
 */
@ConfigurationProperties("bsn.gateway")
public record EventsProperties(@DefaultValue("openbsn") String nodeCode, @DefaultValue Events events,
                               @DefaultValue Callbacks callbacks) {

    /**
     * {@code maxPerParticipant} active subscriptions per participant and application;
     * {@code refreshInterval}: how often each instance looks for subscriptions registered elsewhere.
     */
    public record Events(@DefaultValue("20") int maxPerParticipant, @DefaultValue("10s") Duration refreshInterval) {
    }

    /**
     * How callbacks are sent: the pauses before each resend (five sends in all with the default
     * 3, 12, 27 and 48 s), connect and read timeouts, how often due callbacks are looked for, how long
     * an instance holds a callback it is sending, and whether notify URLs may name loopback or private
     * addresses (off by default: a business system must not make the gateway call its own network).
     */
    public record Callbacks(@DefaultValue({"3s", "12s", "27s", "48s"}) List<Duration> retryDelays,
                            @DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
                            @DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration claim,
                            @DefaultValue("4") int senders, @DefaultValue("false") boolean allowPrivateAddresses) {
    }
}
