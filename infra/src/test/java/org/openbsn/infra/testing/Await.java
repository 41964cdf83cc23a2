package org.openbsn.infra.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something done in the background (a projection, an index, a callback) to become true. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 50 ms; fails the test, naming {@code what}, if it is still false after {@code patience}. */
    public static void until(String what, BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + patience + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }

    /** As {@link #until(String, BooleanSupplier, Duration)}, without a description. */
    public static void until(BooleanSupplier condition, Duration patience) {
        until("the condition holds", condition, patience);
    }
}
