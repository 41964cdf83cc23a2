package org.openbsn.noderegistry.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.PeerSettings;
import org.openbsn.noderegistry.api.*;

/** The utilisation read model, fed event by event against the real PostgreSQL. */
class NodeUtilisationProjectionTest {

    private static final UnitPrices PRICES = new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"));
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private NodeUtilisationProjection projection;
    private String nodeId;

    @BeforeEach
    void setUp() {
        projection = new NodeUtilisationProjection(db.jdbc(), PeerSettings.DEFAULTS);
        nodeId = UUID.randomUUID().toString();
    }

    private static Instant at(int hours) {
        return T0.plusSeconds(3600L * hours);
    }

    private void feedALifeOfReservations() {
        projection.on(new CityNodeRegisteredEvent(nodeId, "owner-1", new NodeDetails("SH-1", "Shanghai", "East", "CM",
                "https://sh.example.com"), new Capacity(500, 1000, 100), PRICES), 0, at(0));
        projection.on(new NodeCapacityReservedEvent(nodeId, "app-a", new Capacity(150, 100, 10)), 2, at(1));
        projection.on(new PeerAllocatedEvent(nodeId, "app-a", "peer0", true, 150));
        projection.on(new NodeCapacityReservedEvent(nodeId, "app-b", new Capacity(30, 50, 5)), 4, at(2));
        projection.on(new PeerAllocatedEvent(nodeId, "app-b", "peer1", false, 30));
        projection.on(new NodeCapacityReservedEvent(nodeId, "app-c", new Capacity(20, 50, 5)), 6, at(3));
        projection.on(new PeerAllocatedEvent(nodeId, "app-c", "peer1", false, 20));
        projection.on(new CityNodeCapacityChangedEvent(nodeId, "owner-1", new Capacity(800, 1000, 100)), 8, at(4));
    }

    @Test
    void showsWhatIsReservedOnTheNodeAndOnEachPeer() {
        feedALifeOfReservations();

        NodeUtilisation utilisation = projection.handle(new FindNodeUtilisationQuery(nodeId)).orElseThrow();
        assertThat(utilisation.capacity()).isEqualTo(new Capacity(800, 1000, 100));
        assertThat(utilisation.reserved()).isEqualTo(new Capacity(200, 200, 20));
        assertThat(utilisation.peers()).containsExactly(
                new PeerUtilisation("peer0", true, 150, 150, List.of("app-a")),
                new PeerUtilisation("peer1", false, 50, 200, List.of("app-b", "app-c")));
    }

    @Test
    void keepsOnePointPerCapacityChangeReservationAndRelease() {
        feedALifeOfReservations();
        projection.on(new PeerReleasedEvent(nodeId, "app-a", "peer0", 150));
        projection.on(new NodeCapacityReleasedEvent(nodeId, "app-a", new Capacity(150, 100, 10)), 10, at(5));

        assertThat(projection.handle(new FindNodeUtilisationHistoryQuery(nodeId))).containsExactly(
                new UtilisationPoint(at(0), new Capacity(500, 1000, 100), Capacity.NONE),
                new UtilisationPoint(at(1), new Capacity(500, 1000, 100), new Capacity(150, 100, 10)),
                new UtilisationPoint(at(2), new Capacity(500, 1000, 100), new Capacity(180, 150, 15)),
                new UtilisationPoint(at(3), new Capacity(500, 1000, 100), new Capacity(200, 200, 20)),
                new UtilisationPoint(at(4), new Capacity(800, 1000, 100), new Capacity(200, 200, 20)),
                new UtilisationPoint(at(5), new Capacity(800, 1000, 100), new Capacity(50, 100, 10)));
    }

    @Test
    void aReleasedDedicatedPeerLeavesThePoolAndAnEmptiedSharedOneStays() {
        feedALifeOfReservations();
        projection.on(new PeerReleasedEvent(nodeId, "app-a", "peer0", 150));
        projection.on(new NodeCapacityReleasedEvent(nodeId, "app-a", new Capacity(150, 100, 10)), 10, at(5));
        projection.on(new PeerReleasedEvent(nodeId, "app-b", "peer1", 30));
        projection.on(new NodeCapacityReleasedEvent(nodeId, "app-b", new Capacity(30, 50, 5)), 12, at(6));
        projection.on(new PeerReleasedEvent(nodeId, "app-c", "peer1", 20));
        projection.on(new NodeCapacityReleasedEvent(nodeId, "app-c", new Capacity(20, 50, 5)), 14, at(7));

        NodeUtilisation utilisation = projection.handle(new FindNodeUtilisationQuery(nodeId)).orElseThrow();
        assertThat(utilisation.reserved()).isEqualTo(Capacity.NONE);
        assertThat(utilisation.peers()).containsExactly(new PeerUtilisation("peer1", false, 0, 200, List.of()));
    }

    @Test
    void aReplayAfterResetBuildsTheSameModelAndRedeliveryAddsNothing() {
        feedALifeOfReservations();
        NodeUtilisation before = projection.handle(new FindNodeUtilisationQuery(nodeId)).orElseThrow();
        List<UtilisationPoint> history = projection.handle(new FindNodeUtilisationHistoryQuery(nodeId));

        feedALifeOfReservations(); // the same events delivered twice
        assertThat(projection.handle(new FindNodeUtilisationQuery(nodeId))).contains(before);
        assertThat(projection.handle(new FindNodeUtilisationHistoryQuery(nodeId))).isEqualTo(history);

        projection.reset();
        assertThat(projection.handle(new FindNodeUtilisationQuery(nodeId))).isEmpty();
        feedALifeOfReservations();
        assertThat(projection.handle(new FindNodeUtilisationQuery(nodeId))).contains(before);
        assertThat(projection.handle(new FindNodeUtilisationHistoryQuery(nodeId))).isEqualTo(history);
    }

    @Test
    void anUnknownNodeHasNoUtilisation() {
        assertThat(projection.handle(new FindNodeUtilisationQuery("no-such-node"))).isEmpty();
        assertThat(projection.handle(new FindNodeUtilisationHistoryQuery("no-such-node"))).isEmpty();
    }
}
