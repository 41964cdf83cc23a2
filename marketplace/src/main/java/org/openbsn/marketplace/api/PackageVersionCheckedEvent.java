package org.openbsn.marketplace.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/** The automatic check ran: passed (the version now awaits the operator) or failed, with what it saw. */
public record PackageVersionCheckedEvent(String packageId, String version, boolean passed, Reason detail, Instant checkedAt) {
}
