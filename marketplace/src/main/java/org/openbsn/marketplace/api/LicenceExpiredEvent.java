package org.openbsn.marketplace.api;

import java.time.Instant;

/** A yearly licence reached its {@code validUntil}; it no longer allows deploying the package until bought again. */
public record LicenceExpiredEvent(String licenceId, String packageId, String buyerId, Instant expiredAt) {
}
