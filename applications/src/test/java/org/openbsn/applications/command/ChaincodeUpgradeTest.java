package org.openbsn.applications.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/** A live application on a marketplace package is upgraded by its publisher to a newer approved version of that package. */
class ChaincodeUpgradeTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000004";
    private static final String PUBLISHER = "publisher-1";
    private static final String APP_CODE = Application.appCodeOf(APP);
    private static final String CHANNEL = Application.channelIdOf(APP, "order-1");
    private static final String V100 = "trace_1.0.0:" + "ab".repeat(32);
    private static final String V101 = "trace_1.0.1:" + "cd".repeat(32);
    private static final String V102 = "trace_1.0.2:" + "ef".repeat(32);
    private static final String OTHER = "count_2.0.0:" + "12".repeat(32);
    private static final List<ApplicationFunction> OLD_FUNCTIONS = List.of(
            new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
            new ApplicationFunction("readRecord", "get", FunctionType.QUERY));
    private static final List<ApplicationFunction> NEW_FUNCTIONS = List.of(
            new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
            new ApplicationFunction("readRecord", "get", FunctionType.QUERY),
            new ApplicationFunction("amendRecord", "update", FunctionType.INVOKE));
    private static final List<ApplicationRole> NEW_ROLES = List.of(
            new ApplicationRole("Recorder", List.of("saveRecord", "readRecord", "amendRecord")),
            new ApplicationRole("Auditor", List.of("readRecord")));

    private final Map<String, PackageVersionView> versions = new HashMap<>();
    private FixtureConfiguration<Application> fixture;
    private ApplicationDesign design;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((PackageVersions) id -> Optional.ofNullable(versions.get(id)));
        versions.put(V100, version("pkg-trace", "Trace", V100, VersionStatus.APPROVED, 1, false));
        versions.put(V101, version("pkg-trace", "Trace", V101, VersionStatus.APPROVED, 2, true));
        versions.put(V102, version("pkg-trace", "Trace", V102, VersionStatus.AWAITING_REVIEW, 3, true));
        versions.put(OTHER, version("pkg-count", "Count", OTHER, VersionStatus.APPROVED, 4, true));
        design = new ApplicationDesign("Goods trace", "", List.of(new NodeResources("node-a", new Capacity(10, 5, 2))), 1,
                ChainMode.PRIVATE, ManagementMode.CENTRALISED, CertificateMode.KEY_TRUST,
                ChaincodeSource.marketplacePackage(V100), OLD_FUNCTIONS,
                List.of(new ApplicationRole("Recorder", List.of("saveRecord", "readRecord")),
                        new ApplicationRole("Auditor", List.of("readRecord"))), EndorsementChoice.majority());
    }

    private static PackageVersionView version(String packageId, String name, String fabricId, VersionStatus status,
                                              long submittedSecond, boolean amends) {
        List<ManifestFunction> functions = new ArrayList<>(List.of(new ManifestFunction("saveRecord", "set", "invoke"),
                new ManifestFunction("readRecord", "get", "query")));
        if (amends) {
            functions.add(new ManifestFunction("amendRecord", "update", "invoke"));
        }
        PackageManifest manifest = new PackageManifest(name, "", "supply-chain", List.of(), "java", "", functions,
                List.of(), null);
        String version = fabricId.substring(fabricId.indexOf('_') + 1, fabricId.indexOf(':'));
        return new PackageVersionView(packageId, name, "author-1", version, "", manifest, null, fabricId,
                fabricId.split(":")[1], 1000, status, null, Instant.ofEpochSecond(submittedSecond), Instant.EPOCH);
    }

    private List<Object> live() {
        return List.of(new ApplicationDraftSavedEvent(APP, PUBLISHER, design),
                new ApplicationOrderSubmittedEvent(APP, "order-1"),
                new ApplicationPaidEvent(APP, PUBLISHER, "order-1", APP_CODE, CHANNEL, design),
                new ApplicationWentLiveEvent(APP, APP_CODE, CHANNEL, "cluster-1", List.of(), Instant.parse("2030-01-01T00:00:00Z")));
    }

    private TestExecutor<Application> givenLive(Object... more) {
        List<Object> events = new ArrayList<>(live());
        events.addAll(List.of(more));
        return fixture.given(events);
    }

    private ChaincodeUpgradeRequestedEvent requested(int sequence) {
        return new ChaincodeUpgradeRequestedEvent(APP, PUBLISHER, APP_CODE, CHANNEL, V100,
                design.withChaincode(ChaincodeSource.marketplacePackage(V101), NEW_FUNCTIONS, NEW_ROLES), sequence);
    }

    private static UpgradeApplicationChaincodeCommand upgrade(String fabricId) {
        return new UpgradeApplicationChaincodeCommand(APP, PUBLISHER, fabricId, NEW_FUNCTIONS, NEW_ROLES);
    }

    @Test
    void aLiveApplicationIsUpgradedToTheNextDefinitionWithTheNewFunctionsAndRoles() {
        givenLive()
                .when(upgrade(V101))
                .expectEvents(requested(2));
    }

    @Test
    void eachUpgradeTakesTheDefinitionAfterTheLastCommittedOne() {
        givenLive(requested(2), new ChaincodeUpgradedEvent(APP, V101, 2, NEW_FUNCTIONS, NEW_ROLES))
                .when(new UpgradeApplicationChaincodeCommand(APP, PUBLISHER, V100, OLD_FUNCTIONS, design.roles()))
                .expectException(DomainException.class)
                .expectExceptionMessage("Trace 1.0.0 is not newer than the running version 1.0.1");
        versions.put(V102, version("pkg-trace", "Trace", V102, VersionStatus.APPROVED, 3, true));
        givenLive(requested(2), new ChaincodeUpgradeFailedEvent(APP, V101, Reason.verbatim("refused"), 2))
                .when(upgrade(V102))
                .expectEvents(new ChaincodeUpgradeRequestedEvent(APP, PUBLISHER, APP_CODE, CHANNEL, V100,
                        design.withChaincode(ChaincodeSource.marketplacePackage(V102), NEW_FUNCTIONS, NEW_ROLES), 3));
    }

    @Test
    void theUpgradeIsRecordedOnceAndTheApplicationThenRunsTheNewVersion() {
        givenLive(requested(2))
                .when(new CompleteChaincodeUpgradeCommand(APP, V101, 2))
                .expectEvents(new ChaincodeUpgradedEvent(APP, V101, 2, NEW_FUNCTIONS, NEW_ROLES));
        givenLive(requested(2), new ChaincodeUpgradedEvent(APP, V101, 2, NEW_FUNCTIONS, NEW_ROLES))
                .when(new CompleteChaincodeUpgradeCommand(APP, V101, 2))
                .expectNoEvents();
    }

    @Test
    void sentAgainForTheSameVersionItChangesNothing() {
        givenLive(requested(2))
                .when(upgrade(V101))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        givenLive(requested(2), new ChaincodeUpgradedEvent(APP, V101, 2, NEW_FUNCTIONS, NEW_ROLES))
                .when(upgrade(V101))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void oneUpgradeAtATime() {
        versions.put(V102, version("pkg-trace", "Trace", V102, VersionStatus.APPROVED, 3, true));
        givenLive(requested(2))
                .when(upgrade(V102))
                .expectException(DomainException.class)
                .expectExceptionMessage("An upgrade to " + V101 + " is under way; wait until it has finished")
                .expectNoEvents();
    }

    @Test
    void aFailedUpgradeKeepsTheRunningVersionAndSaysWhy() {
        givenLive(requested(2))
                .when(new FailChaincodeUpgradeCommand(APP, V101, Reason.verbatim("it exited"), 1))
                .expectEvents(new ChaincodeUpgradeFailedEvent(APP, V101, Reason.verbatim("it exited"), 1));
        givenLive()
                .when(new FailChaincodeUpgradeCommand(APP, V101, Reason.verbatim("late"), 1))
                .expectNoEvents();
    }

    @Test
    void onlyThePublisherUpgrades() {
        givenLive()
                .when(new UpgradeApplicationChaincodeCommand(APP, "someone-else", V101, NEW_FUNCTIONS, NEW_ROLES))
                .expectException(DomainException.class)
                .expectExceptionMessage("Only the application's publisher may do this");
    }

    @Test
    void onlyALiveApplicationIsUpgraded() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design))
                .when(upgrade(V101))
                .expectException(DomainException.class)
                .expectExceptionMessage("The application cannot be upgraded while it is draft")
                .expectNoEvents();
    }

    @Test
    void anApplicationOnTheBaseChaincodeIsNotUpgraded() {
        design = ApplicationDesign.draft("Goods trace", "").withNodes(design.nodes());
        givenLive()
                .when(upgrade(V101))
                .expectException(DomainException.class)
                .expectExceptionMessage("This application runs the base chaincode; only an application running a"
                        + " marketplace package can be upgraded to a newer version of it");
    }

    @Test
    void refusesAnotherPackageAndAVersionNotApproved() {
        givenLive()
                .when(upgrade(OTHER))
                .expectException(DomainException.class)
                .expectExceptionMessage("Count 2.0.0 is not a version of Trace, the package this application runs");
        givenLive()
                .when(upgrade(V102))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("chaincode: Trace 1.0.2 is not approved for use yet")
                .expectNoEvents();
    }

    @Test
    void refusesFunctionsTheNewVersionDoesNotDeclare() {
        List<ApplicationFunction> functions = List.of(new ApplicationFunction("wipe", "delete", FunctionType.INVOKE));
        givenLive()
                .when(new UpgradeApplicationChaincodeCommand(APP, PUBLISHER, V101, functions,
                        List.of(new ApplicationRole("Recorder", List.of("wipe")), new ApplicationRole("Auditor", List.of("wipe")))))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void keepsEveryRoleAParticipantHolds() {
        givenLive(new ParticipantJoinedApplicationEvent(APP, APP_CODE, "participant-1", List.of("Auditor")))
                .when(new UpgradeApplicationChaincodeCommand(APP, PUBLISHER, V101, NEW_FUNCTIONS,
                        List.of(new ApplicationRole("Recorder", List.of("saveRecord", "readRecord", "amendRecord")))))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("roles: Role Auditor is held by participants; keep it in the upgrade")
                .expectNoEvents();
    }
}
