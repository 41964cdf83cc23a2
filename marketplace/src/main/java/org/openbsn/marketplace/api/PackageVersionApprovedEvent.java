package org.openbsn.marketplace.api;

import java.time.Instant;

/** A version is listed: publishers can find, license and deploy it. */
public record PackageVersionApprovedEvent(String packageId, String version, String operatorId, Instant approvedAt) {
}
