package org.openbsn.gatewayadapter.api;

import java.time.Instant;

/** Asks how many calls an application received per bucket of {@code bucketSeconds} between {@code from} and {@code to}. */
public record FindCallRatesQuery(String appCode, Instant from, Instant to, int bucketSeconds) {
}
