package org.openbsn.portal.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the portal does in the background (a projection, an index) to become true. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 100 ms; fails the test if it is still false after {@code patience}. */
    public static void until(BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + patience);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
