package org.openbsn.marketplace.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.*;

/** One package as stored in {@code marketplace_package_view}: every version (newest first), reviews by rater and counts. */
class PackageDocument {

    public String packageId;
    public String authorId;
    public String name;
    public Instant createdAt;
    public List<VersionDocument> versions = new ArrayList<>();
    public Map<String, PackageReview> reviews = new LinkedHashMap<>();
    public long deployments;
    public long downloads;
    public long licences;

    /** One version's facts and where its review stands. */
    static class VersionDocument {
        public String version;
        public String changelog;
        public PackageManifest manifest;
        public Pricing pricing;
        public String fabricPackageId;
        public String sha256;
        public long sizeBytes;
        public VersionStatus status;
        public Reason statusDetail;
        public Instant submittedAt;
        public Instant decidedAt;
    }

    Optional<VersionDocument> version(String version) {
        return versions.stream().filter(v -> v.version.equals(version)).findFirst();
    }

    PackageVersionView view(VersionDocument v) {
        return new PackageVersionView(packageId, name, authorId, v.version, v.changelog, v.manifest, v.pricing,
                v.fabricPackageId, v.sha256, v.sizeBytes, v.status, v.statusDetail, v.submittedAt, v.decidedAt);
    }

    PackageView view(long version) {
        List<PackageVersionView> versionViews = versions.stream().map(this::view).toList();
        Optional<VersionDocument> listed = versions.stream().filter(v -> v.status == VersionStatus.APPROVED).findFirst();
        PackageManifest manifest = listed.map(v -> v.manifest).orElse(null);
        List<PackageReview> newestFirst = reviews.values().stream()
                .sorted((a, b) -> b.ratedAt().compareTo(a.ratedAt())).toList();
        double rating = reviews.values().stream().mapToInt(PackageReview::stars).average().orElse(0);
        return new PackageView(packageId, authorId, name,
                manifest == null ? "" : manifest.description(),
                manifest == null ? "" : manifest.category(),
                manifest == null || manifest.tags() == null ? List.of() : manifest.tags(),
                manifest == null ? "" : manifest.language(),
                manifest == null ? "" : manifest.licenceTerms(),
                listed.map(v -> v.pricing).orElse(null),
                versionViews, newestFirst, Math.round(rating * 10) / 10.0, reviews.size(), deployments, downloads,
                licences, version);
    }
}
