package org.openbsn.applications.command;

import java.time.Duration;
import java.util.List;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.orderingbridge.api.DeployChaincodeCommand;

/** Upgrading deploys the next chaincode definition, then writes the new functions and roles to the gateway, then records it. */
class ChaincodeUpgradeSagaTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000003";
    private static final String CHANNEL = Application.channelIdOf(APP, "order-1");
    private static final String APP_CODE = Application.appCodeOf(APP);
    private static final String OLD = "trace_1.0.0:" + "ab".repeat(32);
    private static final String NEW = "trace_1.0.1:" + "cd".repeat(32);

    private SagaTestFixture<ChaincodeUpgradeSaga> fixture;
    private ChaincodeUpgradeRequestedEvent requested;
    private ApplicationDesign upgraded;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ChaincodeUpgradeSaga.class);
        fixture.registerResource(new PublishingProperties(Duration.ofSeconds(30)));
        List<ApplicationFunction> functions = List.of(new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
                new ApplicationFunction("amendRecord", "update", FunctionType.INVOKE));
        upgraded = ApplicationDesign.draft("Goods trace", "")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2))))
                .withChaincode(ChaincodeSource.marketplacePackage(NEW), functions,
                        List.of(new ApplicationRole("Recorder", List.of("saveRecord", "amendRecord"))));
        requested = new ChaincodeUpgradeRequestedEvent(APP, "publisher-1", APP_CODE, CHANNEL, OLD, upgraded, 2);
    }

    private GrantApplicationAccessCommand grant() {
        return new GrantApplicationAccessCommand(APP_CODE, APP, "Goods trace", CHANNEL, "trace", upgraded.certificateMode(),
                upgraded.functions(), upgraded.roles(), upgraded.nodes(), "publisher-1");
    }

    @Test
    void deploysTheNewVersionAsTheNextDefinitionUnderTheSameChaincodeName() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new DeployChaincodeCommand(CHANNEL, "trace",
                        ChaincodeSource.marketplacePackage(NEW), 2))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), ChaincodeUpgradeSaga.DEADLINE);
    }

    @Test
    void onceDeployedWritesTheNewRolesToTheGatewayThenRecordsTheUpgrade() {
        fixture.givenAPublished(requested)
                .whenPublishingA(new ChaincodeDeployedEvent(CHANNEL, "trace", ChaincodeSource.marketplacePackage(NEW), 2))
                .expectDispatchedCommands(grant(), new CompleteChaincodeUpgradeCommand(APP, NEW, 2));
    }

    @Test
    void theFirstDefinitionOfTheChannelDoesNotCountAsTheUpgrade() {
        fixture.givenAPublished(requested)
                .whenPublishingA(new ChaincodeDeployedEvent(CHANNEL, "trace", ChaincodeSource.marketplacePackage(OLD), 1))
                .expectNoDispatchedCommands();
    }

    @Test
    void aChaincodeThatWillNotStartFailsTheUpgradeWithTheLedgersWordsAndKeepsTheOldDefinition() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof DeployChaincodeCommand) {
                throw new IllegalStateException("chaincode trace did not start: exited with code 1");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested)
                .expectDispatchedCommands(new DeployChaincodeCommand(CHANNEL, "trace", ChaincodeSource.marketplacePackage(NEW), 2),
                        new FailChaincodeUpgradeCommand(APP, NEW, failed(Reason.of("reason.upgrade.not-deployed",
                                "the new version was not deployed: chaincode trace did not start: exited with code 1",
                                Reason.verbatim("chaincode trace did not start: exited with code 1"))), 1));
    }

    @Test
    void rolesTheGatewayRefusesFailTheUpgradeButCountTheCommittedDefinition() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof GrantApplicationAccessCommand) {
                throw new IllegalStateException("role Recorder names an unknown function");
            }
            return null;
        });
        fixture.givenAPublished(requested)
                .whenPublishingA(new ChaincodeDeployedEvent(CHANNEL, "trace", ChaincodeSource.marketplacePackage(NEW), 2))
                .expectDispatchedCommands(grant(), new FailChaincodeUpgradeCommand(APP, NEW, failed(Reason.of(
                        "reason.upgrade.gateway-refused", "the new version runs, but the gateway did not take its functions"
                                + " and roles: role Recorder names an unknown function",
                        Reason.verbatim("role Recorder names an unknown function"))), 2));
    }

    @Test
    void aDeploymentThatOutlastsItsDeadlineFailsTheUpgrade() {
        fixture.givenAPublished(requested)
                .whenTimeElapses(Duration.ofSeconds(31))
                .expectDispatchedCommands(new FailChaincodeUpgradeCommand(APP, NEW, failed(Reason.of(
                        "reason.upgrade.timeout", "the new version did not answer within 30 s", 30L)), 1));
    }

    @Test
    void endsWhenTheUpgradeIsRecordedOrFailed() {
        fixture.givenAPublished(requested)
                .whenPublishingA(new ChaincodeUpgradedEvent(APP, NEW, 2, upgraded.functions(), upgraded.roles()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.givenAPublished(requested)
                .whenPublishingA(new ChaincodeUpgradeFailedEvent(APP, NEW, Reason.verbatim("refused"), 1))
                .expectActiveSagas(0);
    }

    /** Why the upgrade to trace 1.0.1 failed, in the saga's words around {@code why}. */
    private static Reason failed(Reason why) {
        return Reason.of("reason.upgrade.failed", "Upgrade to trace_1.0.1 failed: " + why, "trace_1.0.1", why);
    }
}
