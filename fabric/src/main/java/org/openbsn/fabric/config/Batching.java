package org.openbsn.fabric.config;

import java.time.Duration;

/**
 * How an ordering cluster cuts a channel's blocks: at most {@code maxMessages} transactions, or what arrived within
 * {@code timeout} of a block's first transaction.
 */
public record Batching(int maxMessages, Duration timeout) {

    public Batching {
        if (maxMessages < 1 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a batch holds at least one message and waits a positive time");
        }
    }

    /**
     * For a channel bought at {@code tps}: a block holds about a quarter second of that rate (10 to 500
     * transactions), and a lone transaction waits at most 250 ms (100 ms from 200 TPS up) to be ordered.
     */
    public static Batching forTps(int tps) {
        int messages = Math.max(10, Math.min(500, tps / 4));
        return new Batching(messages, Duration.ofMillis(tps >= 200 ? 100 : 250));
    }
}
