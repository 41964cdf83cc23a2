package org.openbsn.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.testing.Await;
import org.openbsn.marketplace.api.*;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real chaincode (the base chaincode, built as a runnable jar) passes the automatic check on devnet: it runs on its
 * review channel, answers its review query, and the version awaits the operator; approved, publishers find it.
 */
class AutomaticCheckTest {

    private static final Path RUNNABLE_CHAINCODE = Path.of("target/chaincode/base-chaincode-ccaas.jar");
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        context = MarketplaceTestApplication.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aRunnableChaincodeAnswersItsReviewQueryAndIsListedOnceApproved() throws IOException {
        Marketplace marketplace = context.getBean(Marketplace.class);
        String author = "author-" + UUID.randomUUID();
        String label = "trace_" + UUID.randomUUID().toString().substring(0, 8);
        byte[] packageBytes = SamplePackages.outer(SamplePackages.metadata(label),
                SamplePackages.code(SamplePackages.connection(), Files.readAllBytes(RUNNABLE_CHAINCODE)));

        PackageVersionView uploaded = marketplace.upload(author, packageBytes, SamplePackages.manifest(), "1.0.0", "",
                Pricing.free());
        Await.until("the automatic check is recorded", () -> marketplace.packagesOf(author).get(0).versions().get(0)
                .status() != VersionStatus.CHECKING, Duration.ofSeconds(120));
        PackageVersionView checked = marketplace.packagesOf(author).get(0).versions().get(0);
        assertThat(checked.status()).as(checked.statusDetail().text()).isEqualTo(VersionStatus.AWAITING_REVIEW);
        assertThat(checked.statusDetail().text()).endsWith("its review query recordHistory (getHistory) answered: []");
        assertThat(marketplace.awaitingReview()).extracting(PackageVersionView::fabricPackageId)
                .contains(uploaded.fabricPackageId());

        marketplace.approve(uploaded.packageId(), "1.0.0", "operator-1");
        assertThat(marketplace.listing(uploaded.packageId())).get().extracting(PackageView::name).isEqualTo("Trace");
        Await.until("publishers find the package", () -> marketplace.search(new SearchPackagesQuery("trace", null,
                        null, PriceType.FREE, PackageSort.NEWEST, 0, 100)).hits().stream()
                .anyMatch(hit -> hit.packageId().equals(uploaded.packageId())), Duration.ofSeconds(10));
    }
}
