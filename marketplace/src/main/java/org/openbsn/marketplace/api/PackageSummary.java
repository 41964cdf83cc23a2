package org.openbsn.marketplace.api;

import java.time.Instant;
import java.util.List;

/** A listed package as search shows it: its latest approved version's details, price, rating and counts. */
public record PackageSummary(String packageId, String name, String authorId, String description, String category,
                             List<String> tags, String language, Pricing pricing, String latestVersion, double rating,
                             int ratingCount, long deployments, long downloads, Instant listedAt) {
}
