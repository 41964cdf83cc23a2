package org.openbsn.marketplace.api;

import java.time.Instant;

/** A licensee's rating and review. */
public record PackageReview(String raterId, int stars, String text, Instant ratedAt) {
}
