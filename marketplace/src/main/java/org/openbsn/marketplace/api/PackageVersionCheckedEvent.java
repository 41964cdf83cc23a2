package org.openbsn.marketplace.api;

import java.time.Instant;

/** The automatic check ran: passed (the version now awaits the operator) or failed, with what it saw. */
public record PackageVersionCheckedEvent(String packageId, String version, boolean passed, String detail, Instant checkedAt) {
}
