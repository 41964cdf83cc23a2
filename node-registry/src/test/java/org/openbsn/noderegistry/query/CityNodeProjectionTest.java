package org.openbsn.noderegistry.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.*;

/** The read models, fed event by event against the real PostgreSQL. */
class CityNodeProjectionTest {

    private static final UnitPrices PRICES = new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"));
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private CityNodeProjection nodes;
    private NodeHistoryProjection history;
    private String city;

    @BeforeEach
    void setUp() {
        nodes = new CityNodeProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
        history = new NodeHistoryProjection(db.jdbc());
        city = "Testville-" + UUID.randomUUID();
    }

    private String register(String owner, String name, String region, long seq) {
        String id = UUID.randomUUID().toString();
        CityNodeRegisteredEvent event = new CityNodeRegisteredEvent(id, owner,
                new NodeDetails(name, city, region, "Provider", "https://n.example.com"), new Capacity(100, 500, 50), PRICES);
        nodes.on(event, seq, AT);
        history.on(event, seq, AT);
        return id;
    }

    @Test
    void aRegisteredNodeIsPendingForItsOwnerAndHiddenFromPublishers() {
        String owner = UUID.randomUUID().toString();
        String id = register(owner, "Alpha", "East", 0);

        assertThat(nodes.handle(new FindOwnerNodesQuery(owner))).extracting(CityNodeView::nodeId).containsExactly(id);
        assertThat(nodes.handle(new FindCityNodeQuery(id))).get().extracting(CityNodeView::status)
                .isEqualTo(NodeStatus.PENDING_APPROVAL);
        assertThat(nodes.handle(new FindNodesByStatusQuery(Set.of(NodeStatus.PENDING_APPROVAL))))
                .extracting(CityNodeView::nodeId).contains(id);
        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, null)))).isZero();
    }

    @Test
    void approvedNodesAreBrowsableByCityAndRegionInAnyCase() {
        String owner = UUID.randomUUID().toString();
        String east = register(owner, "Bravo", "East China", 0);
        String west = register(owner, "Alpha", "West China", 0);
        nodes.on(new CityNodeApprovedEvent(east, "op"), 1);
        nodes.on(new CityNodeApprovedEvent(west, "op"), 1);

        List<CityNodeView> all = nodes.handle(new BrowseActiveNodesQuery(new NodeFilter(city.toUpperCase(), ""), 0, 50));
        assertThat(all).extracting(v -> v.details().name()).containsExactly("Alpha", "Bravo");
        assertThat(nodes.handle(new BrowseActiveNodesQuery(new NodeFilter(city, "east"), 0, 50)))
                .extracting(CityNodeView::nodeId).containsExactly(east);
        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, "china")))).isEqualTo(2L);
        assertThat(nodes.handle(new BrowseActiveNodesQuery(new NodeFilter(city, null), 1, 1)))
                .extracting(CityNodeView::nodeId).containsExactly(east);
    }

    @Test
    void wildcardsInAFilterAreTakenLiterally() {
        String id = register(UUID.randomUUID().toString(), "Charlie", "North", 0);
        nodes.on(new CityNodeApprovedEvent(id, "op"), 1);
        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, "%")))).isZero();
        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, "_orth")))).isZero();
        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, "nor")))).isEqualTo(1L);
    }

    @Test
    void suspendedNodesLeaveTheBrowseListWithTheirReason() {
        String id = register(UUID.randomUUID().toString(), "Delta", "South", 0);
        nodes.on(new CityNodeApprovedEvent(id, "op"), 1);
        nodes.on(new CityNodeSuspendedEvent(id, "op", "power outage"), 2);

        assertThat(nodes.handle(new CountActiveNodesQuery(new NodeFilter(city, null)))).isZero();
        CityNodeView view = nodes.handle(new FindCityNodeQuery(id)).orElseThrow();
        assertThat(view.status()).isEqualTo(NodeStatus.SUSPENDED);
        assertThat(view.statusReason()).isEqualTo("power outage");
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void reservationsReduceFreeCapacityOnceEvenWhenRedelivered() {
        String id = register(UUID.randomUUID().toString(), "Echo", "East", 0);
        nodes.on(new CityNodeApprovedEvent(id, "op"), 1);
        NodeCapacityReservedEvent reserved = new NodeCapacityReservedEvent(id, "app-1", new Capacity(30, 100, 5));
        nodes.on(reserved, 2);
        nodes.on(reserved, 2);

        assertThat(nodes.handle(new FindCityNodeQuery(id)).orElseThrow().free()).isEqualTo(new Capacity(70, 400, 45));
        nodes.on(new NodeCapacityReleasedEvent(id, "app-1", new Capacity(30, 100, 5)), 3);
        assertThat(nodes.handle(new FindCityNodeQuery(id)).orElseThrow().free()).isEqualTo(new Capacity(100, 500, 50));
    }

    @Test
    void theViewVersionFollowsPeerAllocationsSoASaveAfterThemIsSeen() {
        String id = register(UUID.randomUUID().toString(), "Golf", "East", 0);
        nodes.on(new CityNodeApprovedEvent(id, "op"), 1);
        nodes.on(new NodeCapacityReservedEvent(id, "app-1", new Capacity(30, 100, 5)), 2);
        nodes.on(new PeerAllocatedEvent(id, "app-1", "peer0", false, 30), 3);
        assertThat(nodes.handle(new FindCityNodeQuery(id)).orElseThrow().version()).isEqualTo(3);
        nodes.on(new PeerReleasedEvent(id, "app-1", "peer0", 30), 4);
        nodes.on(new PeerAllocatedEvent(id, "app-1", "peer0", false, 30), 3); // a late redelivery does not go back
        assertThat(nodes.handle(new FindCityNodeQuery(id)).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void capacityAndPriceChangesShowUp() {
        String id = register(UUID.randomUUID().toString(), "Foxtrot", "East", 0);
        nodes.on(new CityNodeCapacityChangedEvent(id, "owner", new Capacity(200, 600, 60)), 1);
        UnitPrices newPrices = new UnitPrices(Money.cny("90.50"), Money.cny("1.25"), Money.cny("20"));
        nodes.on(new CityNodePricesChangedEvent(id, "owner", newPrices), 2);

        CityNodeView view = nodes.handle(new FindCityNodeQuery(id)).orElseThrow();
        assertThat(view.capacity()).isEqualTo(new Capacity(200, 600, 60));
        assertThat(view.prices()).isEqualTo(newPrices);
    }

    @Test
    void historyRecordsWhoDidWhatInOrderOnce() {
        String owner = UUID.randomUUID().toString();
        String id = register(owner, "Golf", "East", 0);
        CityNodeRejectedEvent rejected = new CityNodeRejectedEvent(id, "op-7", "missing licence");
        history.on(rejected, 1, AT.plusSeconds(60));
        history.on(rejected, 1, AT.plusSeconds(60));

        List<NodeHistoryEntry> entries = history.handle(new FindNodeHistoryQuery(id));
        assertThat(entries).extracting(NodeHistoryEntry::action).containsExactly("registered", "rejected");
        assertThat(entries).extracting(NodeHistoryEntry::actorId).containsExactly(owner, "op-7");
        assertThat(entries.get(1).detail()).isEqualTo("missing licence");
        assertThat(entries.get(0).detail()).contains("Golf").contains("100 TPS, 500 GB, 50 Mbps");
    }
}
