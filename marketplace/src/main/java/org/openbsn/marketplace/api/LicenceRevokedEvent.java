package org.openbsn.marketplace.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/** The licence was revoked and no longer allows deploying the package. */
public record LicenceRevokedEvent(String licenceId, String packageId, String buyerId, Reason reason, Instant revokedAt) {
}
