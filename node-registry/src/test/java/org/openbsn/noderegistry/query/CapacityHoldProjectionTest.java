package org.openbsn.noderegistry.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.*;

/** Holds in the read models against the real PostgreSQL: not free while held, and findable once past their end. */
class CapacityHoldProjectionTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private CityNodeProjection nodes;
    private CapacityHoldProjection holds;
    private String nodeId;

    @BeforeEach
    void setUp() {
        nodes = new CityNodeProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
        holds = new CapacityHoldProjection(db.jdbc());
        nodeId = UUID.randomUUID().toString();
        nodes.on(new CityNodeRegisteredEvent(nodeId, "owner", new NodeDetails("Hold-1", "City", "East", "Provider",
                "https://n.example.com"), new Capacity(100, 500, 50),
                new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"))), 0, AT);
    }

    @Test
    void heldCapacityIsNotFreeUntilReleased() {
        NodeCapacityHeldEvent held = new NodeCapacityHeldEvent(nodeId, "order-1", "app-1", new Capacity(80, 10, 5),
                AT.plusSeconds(3600));
        nodes.on(held, 1);
        holds.on(held);
        assertThat(nodes.handle(new FindCityNodeQuery(nodeId))).get().extracting(CityNodeView::free)
                .isEqualTo(new Capacity(20, 490, 45));

        NodeCapacityHoldReleasedEvent released = new NodeCapacityHoldReleasedEvent(nodeId, "order-1", "app-1",
                new Capacity(80, 10, 5), false);
        nodes.on(released, 2);
        nodes.on(released, 2); // re-delivered: released once
        holds.on(released);
        assertThat(nodes.handle(new FindCityNodeQuery(nodeId))).get().extracting(CityNodeView::free)
                .isEqualTo(new Capacity(100, 500, 50));
        assertThat(holds.handle(new FindExpiredCapacityHoldsQuery(AT.plusSeconds(7200))))
                .noneMatch(hold -> hold.nodeId().equals(nodeId));
    }

    @Test
    void aHoldPastItsEndIsFoundSoItCanBeReleased() {
        holds.on(new NodeCapacityHeldEvent(nodeId, "order-1", "app-1", new Capacity(1, 1, 1), AT.plusSeconds(60)));
        holds.on(new NodeCapacityHeldEvent(nodeId, "order-2", "app-2", new Capacity(1, 1, 1), AT.plusSeconds(600)));

        assertThat(holds.handle(new FindExpiredCapacityHoldsQuery(AT.plusSeconds(120))))
                .filteredOn(hold -> hold.nodeId().equals(nodeId))
                .containsExactly(new CapacityHold(nodeId, "order-1", "app-1", new Capacity(1, 1, 1), AT.plusSeconds(60)));
        assertThat(holds.handle(new FindCapacityHoldsOfApplicationQuery("app-2"))).filteredOn(h -> h.nodeId().equals(nodeId))
                .extracting(CapacityHold::orderId).containsExactly("order-2");
    }
}
