package org.openbsn.noderegistry.command;

import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.PeerSettings;
import org.openbsn.noderegistry.api.*;

/** Which peer of a node's pool an application runs on (defaults: dedicated from 100 TPS, shared peers of 200 filled to 80%). */
class PeerAllocationTest {

    private static final UnitPrices PRICES = new UnitPrices(Money.cny("120"), Money.cny("3.5"), Money.cny("40"));

    private FixtureConfiguration<CityNode> fixture;
    private String nodeId;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CityNode.class);
        fixture.registerInjectableResource(PeerSettings.DEFAULTS);
        nodeId = UUID.randomUUID().toString();
    }

    /** An active node of 2000 TPS where each (application, tps) pair was reserved and, when a peer is named, allocated. */
    private List<Object> node(Object... history) {
        List<Object> events = new ArrayList<>(List.of(
                new CityNodeRegisteredEvent(nodeId, "owner-1", new NodeDetails("SH-1", "Shanghai", "China", "CM",
                        "https://sh-1.example.com"), new Capacity(2000, 2000, 2000), PRICES),
                new CityNodeApprovedEvent(nodeId, "operator-1")));
        events.addAll(List.of(history));
        return events;
    }

    private NodeCapacityReservedEvent reserved(String applicationId, int tps) {
        return new NodeCapacityReservedEvent(nodeId, applicationId, new Capacity(tps, 10, 5));
    }

    private PeerAllocatedEvent onShared(String applicationId, String peerId, int tps) {
        return new PeerAllocatedEvent(nodeId, applicationId, peerId, false, tps);
    }

    @Test
    void anApplicationAtTheThresholdGetsAPeerOfItsOwn() {
        fixture.given(node(reserved("app-1", 100)))
                .when(new AllocatePeerCommand(nodeId, "app-1"))
                .expectEvents(new PeerAllocatedEvent(nodeId, "app-1", "peer0", true, 100))
                .expectResultMessagePayload("peer0");
    }

    @Test
    void aLowTrafficApplicationOpensTheFirstSharedPeer() {
        fixture.given(node(reserved("app-1", 99)))
                .when(new AllocatePeerCommand(nodeId, "app-1"))
                .expectEvents(onShared("app-1", "peer0", 99))
                .expectResultMessagePayload("peer0");
    }

    @Test
    void packsOntoTheFullestSharedPeerThatStaysWithinTheSaturationMark() {
        // peer0 carries 100, peer1 50, peer2 is dedicated: 60 more fills peer0 to exactly 80% of 200
        fixture.given(node(reserved("app-a", 100), onShared("app-a", "peer0", 100),
                        reserved("app-b", 50), onShared("app-b", "peer1", 50),
                        reserved("app-c", 300), new PeerAllocatedEvent(nodeId, "app-c", "peer2", true, 300),
                        reserved("app-d", 60)))
                .when(new AllocatePeerCommand(nodeId, "app-d"))
                .expectEvents(onShared("app-d", "peer0", 60))
                .expectResultMessagePayload("peer0");
    }

    @Test
    void skipsASharedPeerThatWouldPassTheSaturationMark() {
        fixture.given(node(reserved("app-a", 100), onShared("app-a", "peer0", 100),
                        reserved("app-b", 50), onShared("app-b", "peer1", 50), reserved("app-d", 61)))
                .when(new AllocatePeerCommand(nodeId, "app-d"))
                .expectEvents(onShared("app-d", "peer1", 61))
                .expectResultMessagePayload("peer1");
    }

    @Test
    void opensANewSharedPeerWhenEveryOneIsNearSaturation() {
        fixture.given(node(reserved("app-a", 90), onShared("app-a", "peer0", 90),
                        reserved("app-b", 65), onShared("app-b", "peer0", 65), reserved("app-c", 10)))
                .when(new AllocatePeerCommand(nodeId, "app-c"))
                .expectEvents(onShared("app-c", "peer1", 10))
                .expectResultMessagePayload("peer1");
    }

    @Test
    void neverReusesTheIdOfAPeerThatWasRemoved() {
        fixture.given(node(reserved("app-a", 500), new PeerAllocatedEvent(nodeId, "app-a", "peer0", true, 500),
                        new PeerReleasedEvent(nodeId, "app-a", "peer0", 500),
                        new NodeCapacityReleasedEvent(nodeId, "app-a", new Capacity(500, 10, 5)),
                        reserved("app-b", 500)))
                .when(new AllocatePeerCommand(nodeId, "app-b"))
                .expectEvents(new PeerAllocatedEvent(nodeId, "app-b", "peer1", true, 500))
                .expectResultMessagePayload("peer1");
    }

    @Test
    void anEmptiedSharedPeerTakesTheNextApplication() {
        fixture.given(node(reserved("app-a", 20), onShared("app-a", "peer0", 20),
                        new PeerReleasedEvent(nodeId, "app-a", "peer0", 20),
                        new NodeCapacityReleasedEvent(nodeId, "app-a", new Capacity(20, 10, 5)), reserved("app-b", 30)))
                .when(new AllocatePeerCommand(nodeId, "app-b"))
                .expectEvents(onShared("app-b", "peer0", 30));
    }

    @Test
    void aRedeliveredAllocationRepliesWithTheSamePeerAndAllocatesNothing() {
        fixture.given(node(reserved("app-1", 30), onShared("app-1", "peer3", 30), reserved("app-2", 30)))
                .when(new AllocatePeerCommand(nodeId, "app-1"))
                .expectNoEvents()
                .expectResultMessagePayload("peer3");
    }

    @Test
    void refusesToAllocateForAnApplicationWithoutAReservation() {
        fixture.given(node(reserved("app-1", 30)))
                .when(new AllocatePeerCommand(nodeId, "app-2"))
                .expectException(refusedWith("node.peer-without-reservation"))
                .expectExceptionMessage("Application app-2 holds no reservation on this node, so no peer can be allocated to it")
                .expectNoEvents();
    }

    @Test
    void refusesToAllocateOnASuspendedNode() {
        fixture.given(node(reserved("app-1", 30), new CityNodeSuspendedEvent(nodeId, "operator-1", "maintenance")))
                .when(new AllocatePeerCommand(nodeId, "app-1"))
                .expectException(refusedWith("node.peer-not-active"))
                .expectNoEvents();
    }

    @Test
    void followsTheConfiguredThresholdAndPeerSize() {
        fixture = new AggregateTestFixture<>(CityNode.class);
        fixture.registerInjectableResource(new PeerSettings(50, 100, 50));
        fixture.given(node(reserved("app-a", 40), onShared("app-a", "peer0", 40), reserved("app-b", 20)))
                .when(new AllocatePeerCommand(nodeId, "app-b"))
                .expectEvents(onShared("app-b", "peer1", 20));
        fixture.given(node(reserved("app-a", 50)))
                .when(new AllocatePeerCommand(nodeId, "app-a"))
                .expectEvents(new PeerAllocatedEvent(nodeId, "app-a", "peer0", true, 50));
    }

    @Test
    void releasingTheReservationTakesTheApplicationOffItsPeerFirst() {
        fixture.given(node(reserved("app-1", 30), onShared("app-1", "peer0", 30)))
                .when(new ReleaseNodeCapacityCommand(nodeId, "app-1"))
                .expectEvents(new PeerReleasedEvent(nodeId, "app-1", "peer0", 30),
                        new NodeCapacityReleasedEvent(nodeId, "app-1", new Capacity(30, 10, 5)));
    }

    @Test
    void aReleasedApplicationCanNoLongerBeAllocated() {
        fixture.given(node(reserved("app-1", 30), onShared("app-1", "peer0", 30),
                        new PeerReleasedEvent(nodeId, "app-1", "peer0", 30),
                        new NodeCapacityReleasedEvent(nodeId, "app-1", new Capacity(30, 10, 5))))
                .when(new AllocatePeerCommand(nodeId, "app-1"))
                .expectException(refusedWith("node.peer-without-reservation"));
    }
}
