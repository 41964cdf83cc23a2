package org.openbsn.marketplace.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.invalidFields;
import static org.openbsn.infra.testing.Refusals.refusedWith;
import static org.openbsn.marketplace.SamplePackages.manifest;
import static org.openbsn.marketplace.SamplePackages.valid;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.marketplace.api.*;
import org.openbsn.marketplace.inspection.InspectedPackage;
import org.openbsn.marketplace.inspection.InspectionProperties;
import org.openbsn.marketplace.inspection.PackageInspector;

class ChaincodePackageTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("999.50"));

    private final PackageInspector inspector = new PackageInspector(InspectionProperties.defaults());
    private FixtureConfiguration<ChaincodePackage> fixture;
    private PackageFiles files;
    private String author;
    private String packageId;
    private String label;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChaincodePackage.class);
        files = new PackageFiles(TestDatabase.get().jdbc());
        fixture.registerAnnotatedCommandHandler(new UploadHandler(fixture.getRepository(), inspector, files));
        author = "author-" + UUID.randomUUID();
        packageId = PackageIds.of(author, "Trace");
        label = "trace_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UploadPackageVersionCommand upload(String version, String changelog, Pricing pricing) {
        return new UploadPackageVersionCommand(author, valid(label + "_" + version), manifest(), version, changelog, pricing);
    }

    private PackageVersionSubmittedEvent submitted(String version) {
        UploadPackageVersionCommand command = upload(version, version.equals("1.0.0") ? "" : "changes", YEARLY);
        InspectedPackage inspected = inspector.inspect(command.packageBytes(), command.manifestJson());
        return new PackageVersionSubmittedEvent(packageId, author, version, command.changelog(), inspected.manifest(),
                YEARLY, inspected.fabricPackageId(), inspected.sha256(), inspected.sizeBytes(), NOW);
    }

    private PackageVersionCheckedEvent passed(String version) {
        return new PackageVersionCheckedEvent(packageId, version, true, Reason.verbatim("[]"), NOW);
    }

    @Test
    void theFirstUploadCreatesThePackageAndStoresItsFile() {
        UploadPackageVersionCommand command = upload("1.0.0", "", YEARLY);
        PackageVersionSubmittedEvent expected = submitted("1.0.0");
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(command)
                .expectEvents(expected)
                .expectResultMessagePayload(0L);
        assertThat(files.packageFile(expected.fabricPackageId())).hasValue(command.packageBytes());
        assertThat(packageId).startsWith("pkg-").isEqualTo(PackageIds.of(author, " trace "));
    }

    @Test
    void aVersionNeverChanges() {
        UploadPackageVersionCommand again = new UploadPackageVersionCommand(author, valid(label + "_other"), manifest(),
                "1.0.0", "new", YEARLY);
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(again)
                .expectException(refusedWith("marketplace.version-exists"))
                .expectExceptionMessage("Version 1.0.0 of Trace exists; versions never change, upload 1.0.1 or later")
                .expectNoEvents();
    }

    @Test
    void versionsOnlyGoUpAndNeedAChangelogAfterTheFirst() {
        fixture.given(submitted("1.0.0"), submitted("1.2.0"))
                .andGivenCurrentTime(NOW)
                .when(upload("1.1.9", "backport", YEARLY))
                .expectException(refusedWith("marketplace.version-not-newer"))
                .expectExceptionMessage("Version 1.1.9 of Trace is not newer than 1.2.0, the latest; upload 1.2.1 or later");
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(upload("1.0.1", " ", YEARLY))
                .expectException(invalidFields("changelog"));
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(upload("1.1.0-beta.1", "beta", YEARLY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesANonSemanticVersionAndBadPrices() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(upload("v1", "", new Pricing(PriceType.FREE, Money.cny("5"))))
                .expectException(invalidFields("version", "price"))
                .expectNoEvents();
        label = label + "b"; // the fixture keeps no transaction: each refused upload here is a new file
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(upload("1.0.0", "", new Pricing(PriceType.ONE_OFF, Money.cny("1000000.01"))))
                .expectException(invalidField("price", "marketplace.pricing.range"));
        label = label + "c";
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(upload("1.0.0", "", new Pricing(PriceType.YEARLY, Money.cny("0"))))
                .expectException(invalidField("price", "marketplace.pricing.range"));
    }

    @Test
    void theAutomaticCheckDecidesOnceWhetherAVersionAwaitsReview() {
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RecordAutomaticCheckCommand(packageId, "1.0.0", false, Reason.verbatim("chaincode did not start")))
                .expectEvents(new PackageVersionCheckedEvent(packageId, "1.0.0", false, Reason.verbatim("chaincode did not start"),
                        NOW));
        fixture.given(submitted("1.0.0"), passed("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RecordAutomaticCheckCommand(packageId, "1.0.0", false, Reason.verbatim("again")))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void operatorsApproveOnlyVersionsAwaitingReview() {
        fixture.given(submitted("1.0.0"), passed("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new ApprovePackageVersionCommand(packageId, "1.0.0", "op"))
                .expectEvents(new PackageVersionApprovedEvent(packageId, "1.0.0", "op", NOW));
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new ApprovePackageVersionCommand(packageId, "1.0.0", "op"))
                .expectException(refusedWith("marketplace.not-awaiting-review"))
                .expectExceptionMessage("Version 1.0.0 of Trace cannot be approved: it is still being checked; only a"
                        + " version awaiting review can be");
        fixture.given(submitted("1.0.0"), passed("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new ApprovePackageVersionCommand(packageId, "2.0.0", "op"))
                .expectException(refusedWith("marketplace.version-unknown"));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(submitted("1.0.0"), passed("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RejectPackageVersionCommand(packageId, "1.0.0", "op", "  "))
                .expectException(invalidFields("reason"));
        fixture.given(submitted("1.0.0"), passed("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RejectPackageVersionCommand(packageId, "1.0.0", "op", " Writes to every key "))
                .expectEvents(new PackageVersionRejectedEvent(packageId, "1.0.0", "op", "Writes to every key",
                        NOW));
    }

    @Test
    void onlyLicenseesRateAndARatingIsOneToFiveStars() {
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RatePackageCommand(packageId, "publisher-1", 5, "great"))
                .expectException(refusedWith("marketplace.rate-not-licensee"));
        fixture.given(submitted("1.0.0"), new PackageLicensedEvent(packageId, "lic-1", "publisher-1"))
                .andGivenCurrentTime(NOW)
                .when(new RatePackageCommand(packageId, "publisher-1", 6, "x".repeat(2001)))
                .expectException(invalidFields("stars", "text"));
        fixture.given(submitted("1.0.0"), new PackageLicensedEvent(packageId, "lic-1", "publisher-1"),
                        new PackageRatedEvent(packageId, "publisher-1", 2, "slow", Instant.EPOCH))
                .andGivenCurrentTime(NOW)
                .when(new RatePackageCommand(packageId, "publisher-1", 4, " better now "))
                .expectEvents(new PackageRatedEvent(packageId, "publisher-1", 4, "better now", NOW));
    }

    @Test
    void licenseesAndDeploymentsAreRecordedOnce() {
        fixture.given(submitted("1.0.0"), new PackageLicensedEvent(packageId, "lic-1", "publisher-1"))
                .andGivenCurrentTime(NOW)
                .when(new RecordLicenseeCommand(packageId, "lic-1", "publisher-1"))
                .expectNoEvents();
        fixture.given(submitted("1.0.0"), new PackageDeployedEvent(packageId, "1.0.0", "ch-app"))
                .andGivenCurrentTime(NOW)
                .when(new RecordDeploymentCommand(packageId, "1.0.0", "ch-app"))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(submitted("1.0.0"), new PackageDeployedEvent(packageId, "1.0.0", "ch-app"))
                .andGivenCurrentTime(NOW)
                .when(new RecordDeploymentCommand(packageId, "1.0.0", "ch-other"))
                .expectEvents(new PackageDeployedEvent(packageId, "1.0.0", "ch-other"));
        fixture.given(submitted("1.0.0"))
                .andGivenCurrentTime(NOW)
                .when(new RecordDownloadCommand(packageId, "1.0.0", "publisher-1"))
                .expectEvents(new PackageDownloadedEvent(packageId, "1.0.0", "publisher-1"));
    }
}
