package org.openbsn.applications.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/** The dashboard's view of a chaincode upgrade, against the real PostgreSQL: under way, then done or failed with why. */
class ChaincodeUpgradeProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final String OLD = "trace_1.0.0:" + "ab".repeat(32);
    private static final String NEW = "trace_1.0.1:" + "cd".repeat(32);
    private static final List<ApplicationFunction> FUNCTIONS = List.of(
            new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
            new ApplicationFunction("amendRecord", "update", FunctionType.INVOKE));
    private static final List<ApplicationRole> ROLES = List.of(new ApplicationRole("Recorder", List.of("saveRecord", "amendRecord")));

    private final TestDatabase db = TestDatabase.get();
    private ApplicationProjection projection;
    private String applicationId;
    private ApplicationDesign design;

    @BeforeEach
    void setUp() {
        projection = new ApplicationProjection(db.jdbc(), new ObjectMapper(), SimpleQueryUpdateEmitter.builder().build());
        applicationId = UUID.randomUUID().toString();
        design = ApplicationDesign.draft("Goods trace", "").withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2))))
                .withChaincode(ChaincodeSource.marketplacePackage(OLD), FUNCTIONS.subList(0, 1),
                        List.of(new ApplicationRole("Recorder", List.of("saveRecord"))));
        projection.on(new ApplicationDraftSavedEvent(applicationId, "publisher-1", design), 0, AT);
        projection.on(new ApplicationWentLiveEvent(applicationId, "appx", "chappx", "cluster-1", List.of(), AT.plusSeconds(86400)),
                1, AT);
        projection.on(new ChaincodeUpgradeRequestedEvent(applicationId, "publisher-1", "appx", "chappx", OLD,
                design.withChaincode(ChaincodeSource.marketplacePackage(NEW), FUNCTIONS, ROLES), 2), 2, AT.plusSeconds(1));
    }

    @Test
    void anUpgradeUnderWayLeavesTheRunningVersionShown() {
        assertThat(projection.handle(new FindChaincodeUpgradeQuery(applicationId))).contains(
                new ChaincodeUpgradeView(NEW, OLD, 2, ChaincodeUpgradeState.UPGRADING, null, AT.plusSeconds(1)));
        ApplicationView application = projection.handle(new FindApplicationQuery(applicationId)).orElseThrow();
        assertThat(application.design().chaincode().packageId()).isEqualTo(OLD);
        assertThat(application.version()).isEqualTo(2);
    }

    @Test
    void aDoneUpgradeShowsTheNewVersionWithItsFunctionsAndRoles() {
        projection.on(new ChaincodeUpgradedEvent(applicationId, NEW, 2, FUNCTIONS, ROLES), 3, AT.plusSeconds(2));
        ApplicationView application = projection.handle(new FindApplicationQuery(applicationId)).orElseThrow();
        assertThat(application.design().chaincode()).isEqualTo(ChaincodeSource.marketplacePackage(NEW));
        assertThat(application.design().functions()).isEqualTo(FUNCTIONS);
        assertThat(application.design().roles()).isEqualTo(ROLES);
        assertThat(application.design().nodes()).isEqualTo(design.nodes());
        assertThat(projection.handle(new FindChaincodeUpgradeQuery(applicationId))).get()
                .extracting(ChaincodeUpgradeView::state).isEqualTo(ChaincodeUpgradeState.UPGRADED);
    }

    @Test
    void aFailedUpgradeSaysWhyAndKeepsTheOldDesign() {
        projection.on(new ChaincodeUpgradeFailedEvent(applicationId, NEW, Reason.verbatim("it exited"), 1), 3,
                AT.plusSeconds(2));
        assertThat(projection.handle(new FindChaincodeUpgradeQuery(applicationId))).contains(new ChaincodeUpgradeView(NEW, OLD,
                2, ChaincodeUpgradeState.FAILED, Reason.verbatim("it exited"), AT.plusSeconds(2)));
        assertThat(projection.handle(new FindApplicationQuery(applicationId)).orElseThrow().design()).isEqualTo(design);
    }
}
