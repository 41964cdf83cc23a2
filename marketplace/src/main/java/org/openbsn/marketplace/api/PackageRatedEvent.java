package org.openbsn.marketplace.api;

import java.time.Instant;

/** A licensee's rating and review of the package (replacing any earlier one of theirs). */
public record PackageRatedEvent(String packageId, String raterId, int stars, String text, Instant ratedAt) {
}
