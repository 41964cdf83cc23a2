package org.openbsn.marketplace.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.PackageSummary;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.Pricing;

/**
 * One package in the search index: searchable fields of its latest approved version ({@code listed} once there is
 * one), and, unindexed, what it needs to follow the events (submitted versions, each rater's stars).
 */
class SearchDocument {

    public String packageId;
    public String authorId;
    public boolean listed;
    public String name;
    public String description;
    public List<String> tags = List.of();
    public List<String> functions = List.of();
    public String category;
    public String language;
    public String priceType;
    public String priceAmount;
    public String latestVersion;
    public long listedSequence = -1;
    public double rating;
    public int ratingCount;
    public long deployments;
    public long downloads;
    public Instant listedAt;
    public long version = -1;
    public Map<String, Submitted> submitted = new HashMap<>();
    public Map<String, Integer> stars = new HashMap<>();

    /** A submitted version's manifest and price, kept until it is approved. */
    record Submitted(PackageManifest manifest, String priceType, String priceAmount, long sequence) {

        static Submitted of(PackageManifest manifest, Pricing pricing, long sequence) {
            return new Submitted(manifest, pricing.type().name(), pricing.price().amount().toPlainString(), sequence);
        }
    }

    /** Lists {@code version} unless a version submitted later is already listed. */
    void list(String version, Instant at) {
        Submitted approved = submitted.get(version);
        if (approved == null || approved.sequence() < listedSequence) {
            return;
        }
        PackageManifest m = approved.manifest();
        listed = true;
        listedSequence = approved.sequence();
        latestVersion = version;
        name = m.name().strip();
        description = m.description();
        tags = m.tags() == null ? List.of() : m.tags();
        functions = m.functions().stream().map(f -> f.name()).toList();
        category = m.category();
        language = m.language();
        priceType = approved.priceType();
        priceAmount = approved.priceAmount();
        listedAt = at;
    }

    void rate(String raterId, int value) {
        stars.put(raterId, value);
        ratingCount = stars.size();
        rating = Math.round(stars.values().stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0;
    }

    PackageSummary summary() {
        return new PackageSummary(packageId, name, authorId, description, category, tags, language,
                new Pricing(PriceType.valueOf(priceType), Money.cny(new BigDecimal(priceAmount))), latestVersion, rating,
                ratingCount, deployments, downloads, listedAt);
    }
}
