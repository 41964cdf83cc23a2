package org.openbsn.marketplace.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.marketplace.SamplePackages;
import org.openbsn.marketplace.api.*;

/** The packages read model fed event by event against the real PostgreSQL. */
class PackageProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("500"));

    private final TestDatabase db = TestDatabase.get();
    private PackageProjection projection;
    private String packageId;
    private String author;
    private PackageManifest manifest;

    @BeforeEach
    void setUp() throws Exception {
        projection = new PackageProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
        packageId = "pkg-" + UUID.randomUUID();
        author = "author-" + UUID.randomUUID();
        manifest = JsonMapper.builder().build().readValue(SamplePackages.MANIFEST.getBytes(StandardCharsets.UTF_8),
                PackageManifest.class);
    }

    private PackageVersionSubmittedEvent submitted(String version, Pricing pricing, Instant at) {
        return new PackageVersionSubmittedEvent(packageId, author, version, "log " + version, manifest, pricing,
                fabricId(version), "ab".repeat(32), 1234, at);
    }

    private String fabricId(String version) {
        return packageId + "_" + version + ":" + "ab".repeat(32);
    }

    private PackageView view() {
        return projection.handle(new FindPackageQuery(packageId)).orElseThrow();
    }

    @Test
    void theAuthorSeesEveryVersionNewestFirstAndTheListingOnlyOnceApproved() {
        projection.on(submitted("1.0.0", YEARLY, AT), 0);
        projection.on(new PackageVersionCheckedEvent(packageId, "1.0.0", true, Reason.verbatim("[]"), AT), 1);
        PackageView unlisted = view();
        assertThat(unlisted.name()).isEqualTo("Trace");
        assertThat(unlisted.latestApproved()).isEmpty();
        assertThat(unlisted.description()).isEmpty();
        assertThat(unlisted.pricing()).isNull();

        projection.on(new PackageVersionApprovedEvent(packageId, "1.0.0", "op", AT.plusSeconds(5)), 2);
        projection.on(submitted("1.1.0", Pricing.free(), AT.plusSeconds(10)), 3);
        PackageView listed = view();
        assertThat(listed.versions()).extracting(PackageVersionView::version).containsExactly("1.1.0", "1.0.0");
        assertThat(listed.versions()).extracting(PackageVersionView::status)
                .containsExactly(VersionStatus.CHECKING, VersionStatus.APPROVED);
        assertThat(listed.latestApproved().orElseThrow().version()).isEqualTo("1.0.0");
        assertThat(listed.pricing()).isEqualTo(YEARLY);
        assertThat(listed.category()).isEqualTo("supply-chain");
        assertThat(listed.version()).isEqualTo(3);
        assertThat(projection.handle(new FindPackagesByAuthorQuery(author))).extracting(PackageView::packageId)
                .containsExactly(packageId);
    }

    @Test
    void theReviewQueueHoldsCheckedVersionsOldestFirstAndLookupsFindThemByFabricId() {
        projection.on(submitted("1.0.0", YEARLY, AT), 0);
        projection.on(submitted("1.1.0", YEARLY, AT.plusSeconds(1)), 1);
        projection.on(new PackageVersionCheckedEvent(packageId, "1.1.0", true, Reason.verbatim("[]"), AT), 2);
        projection.on(new PackageVersionCheckedEvent(packageId, "1.0.0", true, Reason.verbatim("[]"), AT), 3);
        assertThat(awaiting()).containsExactly("1.0.0", "1.1.0");
        projection.on(new PackageVersionRejectedEvent(packageId, "1.0.0", "op", "Writes everywhere", AT), 4);
        assertThat(awaiting()).containsExactly("1.1.0");
        PackageVersionView rejected = projection.handle(new FindPackageVersionByFabricIdQuery(fabricId("1.0.0")))
                .orElseThrow();
        assertThat(rejected.status()).isEqualTo(VersionStatus.REJECTED);
        assertThat(rejected.statusDetail()).isEqualTo(Reason.verbatim("Writes everywhere"));
        assertThat(rejected.packageName()).isEqualTo("Trace");
        assertThat(projection.handle(new FindPackageVersionByFabricIdQuery("nothing:00"))).isEmpty();
    }

    @Test
    void ratingsReplaceEachOtherAndCountsAreKeptOncePerEvent() {
        projection.on(submitted("1.0.0", YEARLY, AT), 0);
        projection.on(new PackageLicensedEvent(packageId, "lic-1", "p1"), 1);
        projection.on(new PackageRatedEvent(packageId, "p1", 2, "slow", AT), 2);
        projection.on(new PackageRatedEvent(packageId, "p2", 5, "great", AT.plusSeconds(1)), 3);
        projection.on(new PackageRatedEvent(packageId, "p1", 4, "better", AT.plusSeconds(2)), 4);
        projection.on(new PackageDownloadedEvent(packageId, "1.0.0", "p1"), 5);
        projection.on(new PackageDeployedEvent(packageId, "1.0.0", "ch1"), 6);
        projection.on(new PackageDeployedEvent(packageId, "1.0.0", "ch1"), 6); // redelivered
        PackageView view = view();
        assertThat(view.reviews()).extracting(PackageReview::text).containsExactly("better", "great");
        assertThat(view.rating()).isEqualTo(4.5);
        assertThat(view.ratingCount()).isEqualTo(2);
        assertThat(List.of(view.licences(), view.downloads(), view.deployments())).containsExactly(1L, 1L, 1L);
    }

    private List<String> awaiting() {
        return projection.handle(new FindVersionsAwaitingReviewQuery()).stream()
                .filter(v -> v.packageId().equals(packageId)).map(PackageVersionView::version).toList();
    }
}
