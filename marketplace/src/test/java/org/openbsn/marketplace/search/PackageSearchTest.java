package org.openbsn.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.search.IndexNames;
import org.openbsn.infra.testing.TestElasticsearch;
import org.openbsn.marketplace.api.*;

/** The package search index on a real Elasticsearch, fed event by event as the projection is. */
class PackageSearchTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final TestElasticsearch es = TestElasticsearch.get();
    private PackageSearchIndex index;
    private PackageSearchProjection projection;
    private PackageSearchQueries search;

    @BeforeEach
    void setUp() {
        index = new PackageSearchIndex(es.client(), new IndexNames("t" + UUID.randomUUID().toString().substring(0, 8)));
        projection = new PackageSearchProjection(index);
        search = new PackageSearchQueries(index);
    }

    private static PackageManifest manifest(String name, String description, String category, String language,
                                            List<String> tags, String function) {
        return new PackageManifest(name, description, category, tags, language, "terms",
                List.of(new ManifestFunction(function, "get", "query")), List.of(), new ReviewQuery(function, List.of()));
    }

    /** A package with version 1.0.0 submitted (sequence 0) and, when {@code approved}, listed (sequence 1). */
    private String submit(PackageManifest manifest, Pricing pricing, boolean approved, Instant at) {
        String id = "pkg-" + UUID.randomUUID();
        projection.on(new PackageVersionSubmittedEvent(id, "author", "1.0.0", "", manifest, pricing, id + ":00", "00", 1,
                at), 0);
        if (approved) {
            projection.on(new PackageVersionApprovedEvent(id, "1.0.0", "op", at), 1);
        }
        return id;
    }

    private PackageSearchResult find(String text, String category, PriceType priceType, PackageSort sort)
            throws IOException {
        es.client().indices().refresh(r -> r.index(index.name()));
        return search.handle(new SearchPackagesQuery(text, category, null, priceType, sort, 0, 20));
    }

    private static List<String> names(PackageSearchResult result) {
        return result.hits().stream().map(PackageSummary::name).toList();
    }

    @Test
    void findsOnlyListedPackagesByNameTagsFunctionsAndDescription() throws IOException {
        submit(manifest("Trace", "Record and trace goods", "supply-chain", "java", List.of("logistics"), "recordHistory"),
                Pricing.free(), true, AT);
        submit(manifest("Trace Pending", "Awaits review", "supply-chain", "java", List.of(), "x"), Pricing.free(),
                false, AT);
        assertThat(names(find("trace", null, null, null))).containsExactly("Trace");
        assertThat(names(find("logist", null, null, null))).containsExactly("Trace");
        assertThat(names(find("recordHis", null, null, null))).containsExactly("Trace");
        assertThat(names(find("goods", null, null, null))).containsExactly("Trace");
        PackageSummary summary = find("", null, null, null).hits().get(0);
        assertThat(summary.latestVersion()).isEqualTo("1.0.0");
        assertThat(summary.pricing()).isEqualTo(Pricing.free());
        assertThat(summary.listedAt()).isEqualTo(AT);
    }

    @Test
    void countsFacetsOverTheMatchesAndFilters() throws IOException {
        Pricing yearly = new Pricing(PriceType.YEARLY, Money.cny("1200"));
        submit(manifest("Ledger A", "accounts", "finance", "java", List.of(), "f"), yearly, true, AT);
        submit(manifest("Ledger B", "accounts", "finance", "go", List.of(), "f"), Pricing.free(), true, AT);
        submit(manifest("Ledger C", "accounts", "energy", "go", List.of(), "f"), yearly, true, AT);
        PackageSearchResult all = find("ledger", null, null, null);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get("category")).isEqualTo(Map.of("finance", 2L, "energy", 1L));
        assertThat(all.facets().get("language")).isEqualTo(Map.of("go", 2L, "java", 1L));
        PackageSearchResult finance = find("ledger", "finance", null, null);
        assertThat(names(finance)).containsExactlyInAnyOrder("Ledger A", "Ledger B");
        assertThat(finance.facets().get("category")).as("a facet ignores its own filter")
                .isEqualTo(Map.of("finance", 2L, "energy", 1L));
        assertThat(finance.facets().get("priceType")).isEqualTo(Map.of("YEARLY", 1L, "FREE", 1L));
        assertThat(names(find("ledger", "finance", PriceType.YEARLY, null))).containsExactly("Ledger A");
    }

    @Test
    void sortsByRatingDeploymentsAndNewest() throws IOException {
        String old = submit(manifest("Old", "d", "other", "java", List.of(), "f"), Pricing.free(), true, AT);
        String rated = submit(manifest("Rated", "d", "other", "java", List.of(), "f"), Pricing.free(), true,
                AT.plusSeconds(60));
        String used = submit(manifest("Used", "d", "other", "java", List.of(), "f"), Pricing.free(), true,
                AT.plusSeconds(120));
        projection.on(new PackageRatedEvent(rated, "p1", 5, "", AT), 2);
        projection.on(new PackageRatedEvent(rated, "p2", 4, "", AT), 3);
        projection.on(new PackageRatedEvent(old, "p1", 3, "", AT), 2);
        projection.on(new PackageDeployedEvent(used, "1.0.0", "ch1"), 2);
        projection.on(new PackageDeployedEvent(used, "1.0.0", "ch2"), 3);
        projection.on(new PackageDeployedEvent(used, "1.0.0", "ch2"), 3); // redelivered: counted once
        assertThat(names(find(null, null, null, PackageSort.RATING))).containsExactly("Rated", "Old", "Used");
        assertThat(names(find(null, null, null, PackageSort.DEPLOYMENTS)).get(0)).isEqualTo("Used");
        assertThat(find("used", null, null, null).hits().get(0).deployments()).isEqualTo(2);
        assertThat(find("rated", null, null, null).hits().get(0).rating()).isEqualTo(4.5);
        assertThat(names(find(null, null, null, PackageSort.NEWEST))).containsExactly("Used", "Rated", "Old");
    }

    @Test
    void theListingFollowsTheLatestApprovedVersionAndPagesAreBounded() throws IOException {
        String id = submit(manifest("Trace", "first", "other", "java", List.of(), "f"), Pricing.free(), true, AT);
        projection.on(new PackageVersionSubmittedEvent(id, "author", "2.0.0", "new", manifest("Trace Two", "second",
                "finance", "go", List.of(), "g"), new Pricing(PriceType.ONE_OFF, Money.cny("10")), id + ":02", "02", 1,
                AT), 2);
        assertThat(find("trace", null, null, null).hits().get(0).latestVersion()).isEqualTo("1.0.0");
        projection.on(new PackageVersionApprovedEvent(id, "2.0.0", "op", AT.plusSeconds(9)), 3);
        PackageSummary listed = find("trace", null, null, null).hits().get(0);
        assertThat(listed.latestVersion()).isEqualTo("2.0.0");
        assertThat(listed.category()).isEqualTo("finance");
        assertThat(listed.pricing().price()).isEqualTo(Money.cny("10"));
        assertThatThrownBy(() -> search.handle(new SearchPackagesQuery("", null, null, null, null, -1, 500)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("offset").hasMessageContaining("limit");
    }
}
