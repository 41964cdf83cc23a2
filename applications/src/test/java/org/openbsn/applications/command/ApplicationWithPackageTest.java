package org.openbsn.applications.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/** A design may run a marketplace package version: its functions must be ones the package's manifest declares. */
class ApplicationWithPackageTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000002";
    private static final String PUBLISHER = "publisher-1";
    private static final String TRACE = "trace_1.0.0:" + "ab".repeat(32);
    private static final List<ApplicationFunction> FUNCTIONS = List.of(
            new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
            new ApplicationFunction("readRecord", "get", FunctionType.QUERY));

    private final Map<String, PackageVersionView> versions = new HashMap<>();
    private FixtureConfiguration<Application> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((PackageVersions) id -> Optional.ofNullable(versions.get(id)));
        versions.put(TRACE, version(TRACE, VersionStatus.APPROVED));
    }

    private static PackageVersionView version(String fabricId, VersionStatus status) {
        PackageManifest manifest = new PackageManifest("Trace", "Record and trace goods", "supply-chain", List.of(), "java",
                "no resale", List.of(new ManifestFunction("saveRecord", "set", "invoke"),
                new ManifestFunction("readRecord", "get", "query"), new ManifestFunction("recordHistory", "getHistory", "query")),
                List.of(), null);
        return new PackageVersionView("pkg-1", "Trace", "author-1", fabricId.substring("trace_".length(), fabricId.indexOf(':')), "", manifest, null, fabricId, fabricId.split(":")[1],
                1000, status, null, Instant.EPOCH, Instant.EPOCH);
    }

    private static ApplicationDesign design(String fabricId, List<ApplicationFunction> functions) {
        return new ApplicationDesign("Goods trace", "", List.of(new NodeResources("node-a", new Capacity(10, 5, 2))), 1,
                ChainMode.PRIVATE, ManagementMode.CENTRALISED, CertificateMode.KEY_TRUST,
                ChaincodeSource.marketplacePackage(fabricId), functions,
                List.of(new ApplicationRole("Recorder", functions.stream().map(ApplicationFunction::name).toList())),
                EndorsementChoice.majority());
    }

    @Test
    void aDesignOverTheManifestsFunctionsIsSavedAndRunsUnderTheLabelsName() {
        ApplicationDesign design = design(TRACE, FUNCTIONS);
        assertThat(design.chaincodeName()).isEqualTo("trace");
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design))
                .expectEvents(new ApplicationDraftSavedEvent(APP, PUBLISHER, design));
    }

    @Test
    void refusesAFunctionThePackageDoesNotDeclare() {
        List<ApplicationFunction> functions = List.of(new ApplicationFunction("wipe", "delete", FunctionType.INVOKE),
                new ApplicationFunction("readRecord", "get", FunctionType.INVOKE));
        assertThat(PackageRules.violations(design(TRACE, functions), Optional.of(versions.get(TRACE)), false))
                .extracting(violation -> violation.englishMessage())
                .containsExactly("Function wipe runs delete as invoke, which Trace 1.0.0 does not declare",
                        "Function readRecord runs get as invoke, which Trace 1.0.0 does not declare");
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design(TRACE, functions)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAPackageTheMarketplaceDoesNotHold() {
        String unknown = "trace_9.9.9:" + "cd".repeat(32);
        assertThat(PackageRules.violations(design(unknown, FUNCTIONS), Optional.empty(), false))
                .extracting(violation -> violation.englishMessage())
                .containsExactly("The marketplace has no package version " + unknown);
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design(unknown, FUNCTIONS)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aVersionAwaitingReviewMayBeDraftedButNotOrdered() {
        String pending = "trace_2.0.0:" + "ef".repeat(32);
        versions.put(pending, version(pending, VersionStatus.AWAITING_REVIEW));
        ApplicationDesign design = design(pending, FUNCTIONS);
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design))
                .expectSuccessfulHandlerExecution();
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design))
                .when(new SubmitApplicationOrderCommand(APP, PUBLISHER, "order-1"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        assertThat(PackageRules.violations(design, Optional.of(versions.get(pending)), true))
                .extracting(violation -> violation.englishMessage())
                .containsExactly("Trace 2.0.0 is not approved for use yet");
    }
}
