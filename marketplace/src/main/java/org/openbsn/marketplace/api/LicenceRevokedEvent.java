package org.openbsn.marketplace.api;

import java.time.Instant;

/** The licence was revoked and no longer allows deploying the package. */
public record LicenceRevokedEvent(String licenceId, String packageId, String buyerId, String reason, Instant revokedAt) {
}
