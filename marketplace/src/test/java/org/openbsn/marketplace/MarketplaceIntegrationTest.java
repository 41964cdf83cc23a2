package org.openbsn.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.axon.ProjectionReplayer;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChaincodePackages;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.marketplace.api.*;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Uploads through the facade on the assembled module: Axon, PostgreSQL, Elasticsearch and devnet, all real. */
class MarketplaceIntegrationTest {

    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("800"));
    private static ConfigurableApplicationContext context;

    private Marketplace marketplace;
    private String author;
    private String label;

    @BeforeAll
    static void start() {
        context = MarketplaceTestApplication.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void setUp() {
        marketplace = context.getBean(Marketplace.class);
        author = "author-" + UUID.randomUUID();
        label = "trace_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private PackageVersionView upload(String version, String changelog) {
        return marketplace.upload(author, SamplePackages.valid(label + "_" + version), SamplePackages.manifest(), version,
                changelog, YEARLY);
    }

    private PackageView reload(String packageId) {
        return marketplace.packagesOf(author).stream().filter(p -> p.packageId().equals(packageId)).findFirst()
                .orElseThrow();
    }

    @Test
    void anUploadIsStoredShownAndCheckedAndAChaincodeThatCannotRunFailsItsCheck() {
        PackageVersionView uploaded = upload("1.0.0", "");
        assertThat(uploaded.packageName()).isEqualTo("Trace");
        assertThat(uploaded.fabricPackageId()).isEqualTo(label + "_1.0.0:" + uploaded.sha256());
        assertThat(context.getBean(ChaincodePackages.class).packageFile(uploaded.fabricPackageId()))
                .hasValue(SamplePackages.valid(label + "_1.0.0"));

        // the sample jar is no chaincode: whatever the ledger makes of it, the check fails and says why
        Await.until("the automatic check is recorded",
                () -> reload(uploaded.packageId()).versions().get(0).status() != VersionStatus.CHECKING,
                Duration.ofSeconds(60));
        PackageVersionView checked = reload(uploaded.packageId()).versions().get(0);
        assertThat(checked.status()).isEqualTo(VersionStatus.CHECK_FAILED);
        assertThat(checked.statusDetail().text()).startsWith("The automatic check failed on review channel review");
        assertThat(marketplace.awaitingReview()).noneMatch(v -> v.packageId().equals(uploaded.packageId()));
        assertThatThrownBy(() -> marketplace.approve(uploaded.packageId(), "1.0.0", "op"))
                .isInstanceOf(DomainException.class).hasMessageContaining("it failed its automatic check");
        assertThat(marketplace.listing(uploaded.packageId())).isEmpty();
        assertThat(marketplace.versionByFabricId(uploaded.fabricPackageId())).get()
                .extracting(PackageVersionView::version).isEqualTo("1.0.0");
    }

    @Test
    void aRefusedUploadChangesNothingAndItsFileIsRolledBackWithIt() {
        PackageVersionView first = upload("1.0.0", "");
        byte[] other = SamplePackages.valid(label + "_again");
        assertThatThrownBy(() -> marketplace.upload(author, other, SamplePackages.manifest(), "1.0.0", "again", YEARLY))
                .isInstanceOf(DomainException.class)
                .hasMessage("Version 1.0.0 of Trace exists; versions never change, upload 1.0.1 or later");
        assertThat(reload(first.packageId()).versions()).hasSize(1);
        assertThat(context.getBean(ChaincodePackages.class).packageFile(first.fabricPackageId())).isPresent();
        assertThat(context.getBean(JdbcClient.class)
                .sql("select count(*) from marketplace_package_file where fabric_package_id like :label")
                .param("label", label + "_again:%").query(Long.class).single()).isZero();
        // nothing of the refused upload is left to get in the way of uploading it as the next version
        assertThat(marketplace.upload(author, other, SamplePackages.manifest(), "1.0.1", "again", YEARLY).version())
                .isEqualTo("1.0.1");
    }

    @Test
    void theAuthorAndOperatorsDownloadOthersAreRefusedAndDownloadsAreCounted() {
        PackageVersionView uploaded = upload("1.0.0", "");
        PackageDownload file = marketplace.download(uploaded.packageId(), "1.0.0", author).orElseThrow();
        assertThat(file.fileName()).isEqualTo(label + "_1.0.0.tar.gz");
        assertThat(file.bytes()).isEqualTo(SamplePackages.valid(label + "_1.0.0"));
        assertThatThrownBy(() -> marketplace.download(uploaded.packageId(), "1.0.0", "someone-else"))
                .isInstanceOf(DomainException.class).hasMessageContaining("holding a licence of Trace");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("op", "", "ROLE_OPERATOR"));
        assertThat(marketplace.download(uploaded.packageId(), "1.0.0", "op")).isPresent();
        assertThat(marketplace.download(uploaded.packageId(), "9.9.9", "op")).isEmpty();
        Await.until("both downloads are counted", () -> reload(uploaded.packageId()).downloads() == 2,
                Duration.ofSeconds(10));
    }

    @Test
    void aDeploymentOfTheVersionOnAnApplicationChannelIsCountedOnce() {
        PackageVersionView uploaded = upload("1.0.0", "");
        EventGateway events = context.getBean(EventGateway.class);
        ChaincodeSource source = ChaincodeSource.marketplacePackage(uploaded.fabricPackageId());
        events.publish(new ChaincodeDeployedEvent("chapp1", "trace", source, 1));
        events.publish(new ChaincodeDeployedEvent("chapp1", "trace", source, 1));
        events.publish(new ChaincodeDeployedEvent("chapp2", "base", ChaincodeSource.base(), 1));
        Await.until("the deployment is counted", () -> reload(uploaded.packageId()).deployments() == 1,
                Duration.ofSeconds(10));
        events.publish(new ChaincodeDeployedEvent("chapp3", "trace", source, 1));
        Await.until("the second channel is counted", () -> reload(uploaded.packageId()).deployments() == 2,
                Duration.ofSeconds(10));
    }

    @Test
    void replayingThePackagesReadModelRebuildsItTheSame() {
        PackageVersionView first = upload("1.0.0", "");
        upload("1.1.0", "Faster history");
        Await.until("both versions are checked", () -> reload(first.packageId()).versions().stream()
                .noneMatch(v -> v.status() == VersionStatus.CHECKING), Duration.ofSeconds(60));
        marketplace.download(first.packageId(), "1.1.0", author);
        Await.until("the download is counted", () -> reload(first.packageId()).downloads() == 1, Duration.ofSeconds(10));
        PackageView before = reload(first.packageId());

        ProjectionReplayer replayer = context.getBean(ProjectionReplayer.class);
        replayer.replay("marketplace-packages");
        Await.until("the replay has caught up", () -> replayer.hasCaughtUp("marketplace-packages"),
                Duration.ofSeconds(60));
        assertThat(reload(first.packageId())).isEqualTo(before);
        assertThat(marketplace.versionByFabricId(first.fabricPackageId())).isPresent();
    }

    @Test
    void aPackageThatIsNotListedIsNeitherFoundNorShownToPublishers() {
        PackageVersionView uploaded = upload("1.0.0", "");
        PackageSearchResult result = marketplace.search(new SearchPackagesQuery("trace", null, null, null,
                PackageSort.RELEVANCE, 0, 20));
        assertThat(result.hits()).extracting(PackageSummary::authorId).doesNotContain(author);
        assertThat(marketplace.listing(uploaded.packageId())).isEmpty();
    }
}
