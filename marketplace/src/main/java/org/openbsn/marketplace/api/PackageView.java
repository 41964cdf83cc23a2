package org.openbsn.marketplace.api;

import java.util.List;
import java.util.Optional;

/**
 * A package: the author, the latest approved version's listing (empty fields until one is approved), every version
 * newest first, reviews newest first, rating and counts; {@code version} is the last event the view reflects.
 */
public record PackageView(String packageId, String authorId, String name, String description, String category,
                          List<String> tags, String language, String licenceTerms, Pricing pricing,
                          List<PackageVersionView> versions, List<PackageReview> reviews, double rating, int ratingCount,
                          long deployments, long downloads, long licences, long version) {

    /** The newest approved version, if any is listed. */
    public Optional<PackageVersionView> latestApproved() {
        return versions.stream().filter(v -> v.status() == VersionStatus.APPROVED).findFirst();
    }
}
