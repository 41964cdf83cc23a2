package org.openbsn.applications.command;

import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.billing.api.RefundOrderCommand;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.noderegistry.api.AllocatePeerCommand;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.NodeCapacityReservedEvent;
import org.openbsn.noderegistry.api.PeerAllocatedEvent;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityCommand;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityHoldCommand;
import org.openbsn.noderegistry.api.ReserveNodeCapacityCommand;
import org.openbsn.orderingbridge.api.ApplicationAssignedToClusterEvent;
import org.openbsn.orderingbridge.api.AssignOrderingClusterCommand;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.orderingbridge.api.ChannelCreatedEvent;
import org.openbsn.orderingbridge.api.CreateChannelCommand;
import org.openbsn.orderingbridge.api.DeployChaincodeCommand;
import org.openbsn.orderingbridge.api.JoinPeerCommand;
import org.openbsn.orderingbridge.api.PeerJoinedChannelEvent;
import org.openbsn.orderingbridge.api.ReleaseOrderingClusterCommand;

class PublishingSagaTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000001";
    private static final String CHANNEL = Application.channelIdOf(APP, "order-1");
    private static final String APP_CODE = Application.appCodeOf(APP);
    private static final Capacity SMALL = new Capacity(10, 5, 2);
    private static final Capacity LARGE = new Capacity(150, 50, 20);
    private static final Endorsement ALL_ORGANISATIONS = new Endorsement(Endorsement.Kind.ALL, 0);

    private SagaTestFixture<PublishingSaga> fixture;
    private ApplicationPaidEvent paid;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(PublishingSaga.class);
        fixture.registerResource(new PublishingProperties(Duration.ofSeconds(30)));
        fixture.registerResource(new MemberCertificates() {
            @Override
            public X509Certificate issueClient(String commonName, PublicKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public X509Certificate caCertificate() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String mspId() {
                return "Org1MSP";
            }
        });
        ApplicationDesign design = ApplicationDesign.draft("Trade finance", "")
                .withNodes(List.of(new NodeResources("node-a", SMALL), new NodeResources("node-b", LARGE)))
                .withEndorsement(new EndorsementChoice(EndorsementChoice.Kind.ALL, 0));
        paid = new ApplicationPaidEvent(APP, "publisher-1", "order-1", APP_CODE, CHANNEL, design);
    }

    @Test
    void reservesCapacityOnEveryChosenNodeOncePaid() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(paid)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ReserveNodeCapacityCommand("node-a", APP, SMALL),
                        new ReserveNodeCapacityCommand("node-b", APP, LARGE))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), PublishingSaga.STEP_DEADLINE);
    }

    @Test
    void allocatesAPeerOnEachNodeAsItsCapacityIsReserved() {
        fixture.givenAPublished(paid)
                .whenPublishingA(new NodeCapacityReservedEvent("node-a", APP, SMALL))
                .expectDispatchedCommands(new AllocatePeerCommand("node-a", APP));
    }

    @Test
    void assignsAClusterByTotalTpsOnceEveryNodeHasAPeer() {
        fixture.givenAPublished(paid)
                .andThenAPublished(new NodeCapacityReservedEvent("node-a", APP, SMALL))
                .andThenAPublished(new NodeCapacityReservedEvent("node-b", APP, LARGE))
                .andThenAPublished(new PeerAllocatedEvent("node-a", APP, "peer0", false, 10))
                .whenPublishingA(new PeerAllocatedEvent("node-b", APP, "peer1", true, 150))
                .expectDispatchedCommands(new RecordPublishingProgressCommand(APP, PublishingStep.PEERS_ALLOCATED),
                        new AssignOrderingClusterCommand(APP, 160));
    }

    @Test
    void createsTheChannelWithEveryNodesOrganisationThenTheParticipantsWithTheRuleAndTpsOnTheAssignedCluster() {
        givenPeersAllocated()
                .whenPublishingA(new ApplicationAssignedToClusterEvent("cluster-2", APP, 160))
                .expectDispatchedCommands(new RecordPublishingProgressCommand(APP, PublishingStep.CLUSTER_ASSIGNED),
                        new CreateChannelCommand(CHANNEL, APP, "cluster-2", List.of("Nodenodea", "Nodenodeb", "Org1MSP"),
                                ALL_ORGANISATIONS, 160));
    }

    @Test
    void joinsEveryPeerThenDeploysTheChaincodeThenWritesTheRoles() {
        givenPeersAllocated()
                .andThenAPublished(new ApplicationAssignedToClusterEvent("cluster-2", APP, 160))
                .andThenAPublished(new ChannelCreatedEvent(CHANNEL, APP, "cluster-2", List.of("Org1MSP"), ALL_ORGANISATIONS))
                .andThenAPublished(new PeerJoinedChannelEvent(CHANNEL, "node-a", "peer0"))
                .whenPublishingA(new PeerJoinedChannelEvent(CHANNEL, "node-b", "peer1"))
                .expectDispatchedCommands(new RecordPublishingProgressCommand(APP, PublishingStep.PEERS_JOINED),
                        new DeployChaincodeCommand(CHANNEL, "base", ChaincodeSource.base(), 1));
    }

    @Test
    void writesTheRolesIntoTheGatewayThenGoesLiveOnceTheChaincodeAnswers() {
        givenPeersAllocated()
                .andThenAPublished(new ApplicationAssignedToClusterEvent("cluster-2", APP, 160))
                .andThenAPublished(new ChannelCreatedEvent(CHANNEL, APP, "cluster-2", List.of("Org1MSP"), ALL_ORGANISATIONS))
                .andThenAPublished(new PeerJoinedChannelEvent(CHANNEL, "node-a", "peer0"))
                .andThenAPublished(new PeerJoinedChannelEvent(CHANNEL, "node-b", "peer1"))
                .whenPublishingA(new ChaincodeDeployedEvent(CHANNEL, "base", ChaincodeSource.base(), 1))
                .expectDispatchedCommands(new RecordPublishingProgressCommand(APP, PublishingStep.CHAINCODE_DEPLOYED),
                        new GrantApplicationAccessCommand(APP_CODE, APP, "Trade finance", CHANNEL, "base",
                                CertificateMode.KEY_TRUST, paid.design().functions(), paid.design().roles(),
                                paid.design().nodes(), "publisher-1"),
                        new RecordPublishingProgressCommand(APP, PublishingStep.ROLES_WRITTEN),
                        new MarkApplicationLiveCommand(APP, "cluster-2", List.of(new AllocatedPeer("node-a", "peer0", false),
                                new AllocatedPeer("node-b", "peer1", true))));
    }

    @Test
    void aReDeliveredReservationAllocatesNoSecondPeer() {
        fixture.givenAPublished(paid)
                .andThenAPublished(new NodeCapacityReservedEvent("node-a", APP, SMALL))
                .whenPublishingA(new NodeCapacityReservedEvent("node-a", APP, SMALL))
                .expectNoDispatchedCommands();
    }

    @Test
    void aStepThatMissesItsDeadlineFailsPublishing() {
        fixture.givenAPublished(paid)
                .whenTimeElapses(Duration.ofSeconds(31))
                .expectDeadlinesMet(PublishingStep.CAPACITY_RESERVED)
                .expectDispatchedCommands(new FailPublishingCommand(APP, PublishingStep.CAPACITY_RESERVED,
                        Reason.of("reason.publishing.step-timeout", "the step did not finish within 30 s", 30L)));
    }

    @Test
    void aRefusedReservationFailsPublishingWithTheNodesOwnWords() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof ReserveNodeCapacityCommand reserve && reserve.nodeId().equals("node-b")) {
                throw new IllegalStateException("The reservation does not fit: free are 40 TPS");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(paid)
                .expectDispatchedCommands(new ReserveNodeCapacityCommand("node-a", APP, SMALL),
                        new ReserveNodeCapacityCommand("node-b", APP, LARGE),
                        new FailPublishingCommand(APP, PublishingStep.CAPACITY_RESERVED,
                                Reason.verbatim("The reservation does not fit: free are 40 TPS")));
    }

    @Test
    void aChannelTheLedgerRefusesFailsPublishingAtThatStep() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof CreateChannelCommand) {
                throw new IllegalStateException("Creating channels on a real Fabric network is not supported yet");
            }
            return null;
        });
        givenPeersAllocated()
                .whenPublishingA(new ApplicationAssignedToClusterEvent("cluster-2", APP, 160))
                .expectDispatchedCommands(new RecordPublishingProgressCommand(APP, PublishingStep.CLUSTER_ASSIGNED),
                        new CreateChannelCommand(CHANNEL, APP, "cluster-2", List.of("Nodenodea", "Nodenodeb", "Org1MSP"),
                                ALL_ORGANISATIONS, 160),
                        new FailPublishingCommand(APP, PublishingStep.CHANNEL_CREATED,
                                Reason.verbatim("Creating channels on a real Fabric network is not supported yet")));
    }

    @Test
    void rolesTheGatewayRefusesFailPublishingBeforeItGoesLive() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof GrantApplicationAccessCommand) {
                throw new IllegalStateException("role Auditor names an unknown function");
            }
            return null;
        });
        givenPeersAllocated()
                .andThenAPublished(new ApplicationAssignedToClusterEvent("cluster-2", APP, 160))
                .andThenAPublished(new ChannelCreatedEvent(CHANNEL, APP, "cluster-2", List.of("Org1MSP"), ALL_ORGANISATIONS))
                .andThenAPublished(new PeerJoinedChannelEvent(CHANNEL, "node-a", "peer0"))
                .andThenAPublished(new PeerJoinedChannelEvent(CHANNEL, "node-b", "peer1"))
                .whenPublishingA(new ChaincodeDeployedEvent(CHANNEL, "base", ChaincodeSource.base(), 1))
                .expectDispatchedCommandsMatching(listWithAnyOf(messageWithPayload(equalTo(
                        new FailPublishingCommand(APP, PublishingStep.ROLES_WRITTEN,
                                Reason.verbatim("role Auditor names an unknown function"))))));
    }

    @Test
    void aFailureReleasesEveryNodeAndTheClusterAndRefunds() {
        givenPeersAllocated()
                .whenPublishingA(new ApplicationPublishingFailedEvent(APP, "order-1", PublishingStep.CLUSTER_ASSIGNED,
                        Reason.verbatim("no ordering cluster")))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new ReleaseNodeCapacityCommand("node-a", APP),
                        new ReleaseNodeCapacityHoldCommand("node-a", "order-1"), new ReleaseNodeCapacityCommand("node-b", APP),
                        new ReleaseNodeCapacityHoldCommand("node-b", "order-1"), new ReleaseOrderingClusterCommand(APP),
                        new RefundOrderCommand("order-1", Reason.of("reason.refund.publishing-failed",
                                "Publishing failed: no ordering cluster", Reason.verbatim("no ordering cluster"))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void goingLiveEndsThePublishing() {
        givenPeersAllocated()
                .whenPublishingA(new ApplicationWentLiveEvent(APP, APP_CODE, CHANNEL, "cluster-2", List.of(), null))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    private ContinuedGivenState givenPeersAllocated() {
        return fixture.givenAPublished(paid)
                .andThenAPublished(new NodeCapacityReservedEvent("node-a", APP, SMALL))
                .andThenAPublished(new NodeCapacityReservedEvent("node-b", APP, LARGE))
                .andThenAPublished(new PeerAllocatedEvent("node-a", APP, "peer0", false, 10))
                .andThenAPublished(new PeerAllocatedEvent("node-b", APP, "peer1", true, 150));
    }
}
