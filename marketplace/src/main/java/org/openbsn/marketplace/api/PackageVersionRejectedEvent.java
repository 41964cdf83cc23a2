package org.openbsn.marketplace.api;

import java.time.Instant;

/** A version was turned down with a reason; it is never listed. */
public record PackageVersionRejectedEvent(String packageId, String version, String operatorId, String reason,
                                          Instant rejectedAt) {
}
