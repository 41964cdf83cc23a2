package org.openbsn.noderegistry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.*;

/** Capacity held while a buyer is at the checkout: nobody else can take it, and it ends as a reservation or is given back. */
class CapacityHoldTest {

    private static final String NODE = "node-1";
    private static final Capacity CAPACITY = new Capacity(570, 2000, 200);
    private static final Duration CHECKOUT = Duration.ofMinutes(70);

    private AggregateTestFixture<CityNode> fixture;
    private Instant until;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CityNode.class);
        until = fixture.currentTime().plus(CHECKOUT);
    }

    private CityNodeRegisteredEvent registered() {
        return new CityNodeRegisteredEvent(NODE, "owner-1", new NodeDetails("Hangzhou-1", "杭州", "East", "Alpha Cloud",
                "https://hz-1.example.cn"), CAPACITY, new UnitPrices(Money.cny("120"), Money.cny("3"), Money.cny("40")));
    }

    private CityNodeApprovedEvent approved() {
        return new CityNodeApprovedEvent(NODE, "operator-1");
    }

    private NodeCapacityHeldEvent held(String orderId, String applicationId, Capacity capacity) {
        return new NodeCapacityHeldEvent(NODE, orderId, applicationId, capacity, until);
    }

    @Test
    void holdsCapacityUntilTheCheckoutsDeadline() {
        Capacity wanted = new Capacity(500, 100, 10);
        fixture.given(registered(), approved())
                .when(new HoldNodeCapacityCommand(NODE, "order-1", "app-1", wanted, until))
                .expectEvents(held("order-1", "app-1", wanted))
                .expectScheduledDeadlineWithName(CHECKOUT, CityNode.HOLD_DEADLINE);
    }

    @Test
    void refusesAHoldOnCapacityAnotherBuyerHoldsNamingTheNodeAndWhatIsFree() {
        fixture.given(registered(), approved(), held("order-1", "app-1", new Capacity(500, 100, 10)))
                .when(new HoldNodeCapacityCommand(NODE, "order-2", "app-2", new Capacity(100, 10, 10), until))
                .expectNoEvents()
                .expectException(refusedWith(CapacityRules.NOT_FREE))
                .expectExceptionMessage("City node Hangzhou-1 does not have this much free: only 70 TPS, 1900 GB of storage "
                        + "and 190 Mbps of bandwidth are free");
    }

    @Test
    void refusesAHoldBiggerThanTheNode() {
        fixture.given(registered(), approved())
                .when(new HoldNodeCapacityCommand(NODE, "order-1", "app-1", new Capacity(5000, 10, 10), until))
                .expectException(DomainException.class)
                .expectExceptionMessage(CapacityRules.english("Hangzhou-1", CAPACITY));
    }

    @Test
    void aRedeliveredHoldHoldsNothingMore() {
        Capacity wanted = new Capacity(500, 100, 10);
        fixture.given(registered(), approved(), held("order-1", "app-1", wanted))
                .when(new HoldNodeCapacityCommand(NODE, "order-1", "app-1", wanted, until))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNewerOrderOfTheSameApplicationReplacesItsHold() {
        fixture.given(registered(), approved(), held("order-1", "app-1", new Capacity(500, 100, 10)))
                .when(new HoldNodeCapacityCommand(NODE, "order-2", "app-1", new Capacity(550, 100, 10), until))
                .expectEvents(new NodeCapacityHoldReleasedEvent(NODE, "order-1", "app-1", new Capacity(500, 100, 10), false),
                        held("order-2", "app-1", new Capacity(550, 100, 10)));
    }

    @Test
    void aFailedCheckoutReleasesTheHoldOnce() {
        Capacity wanted = new Capacity(500, 100, 10);
        fixture.given(registered(), approved(), held("order-1", "app-1", wanted))
                .when(new ReleaseNodeCapacityHoldCommand(NODE, "order-1"))
                .expectEvents(new NodeCapacityHoldReleasedEvent(NODE, "order-1", "app-1", wanted, false));
        fixture.given(registered(), approved(), held("order-1", "app-1", wanted),
                        new NodeCapacityHoldReleasedEvent(NODE, "order-1", "app-1", wanted, false))
                .when(new ReleaseNodeCapacityHoldCommand(NODE, "order-1"))
                .expectNoEvents();
    }

    @Test
    void anAbandonedCheckoutsHoldEndsAtItsDeadline() {
        Capacity wanted = new Capacity(500, 100, 10);
        fixture.given(registered(), approved())
                .andGivenCommands(new HoldNodeCapacityCommand(NODE, "order-1", "app-1", wanted, until))
                .whenTimeElapses(CHECKOUT.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(CityNode.HOLD_DEADLINE)
                .expectEvents(new NodeCapacityHoldReleasedEvent(NODE, "order-1", "app-1", wanted, false));
    }

    @Test
    void aPaidOrdersReservationTakesOverItsHoldSoItCannotFailForLackOfCapacity() {
        Capacity wanted = new Capacity(500, 100, 10);
        fixture.given(registered(), approved(), held("order-1", "app-1", wanted))
                .when(new ReserveNodeCapacityCommand(NODE, "app-1", wanted))
                .expectEvents(new NodeCapacityHoldReleasedEvent(NODE, "order-1", "app-1", wanted, true),
                        new NodeCapacityReservedEvent(NODE, "app-1", wanted));
    }

    @Test
    void anotherApplicationCannotReserveWhatIsHeld() {
        fixture.given(registered(), approved(), held("order-1", "app-1", new Capacity(500, 100, 10)))
                .when(new ReserveNodeCapacityCommand(NODE, "app-2", new Capacity(100, 10, 10)))
                .expectException(refusedWith("node.reservation-does-not-fit"));
    }

    @Test
    void anExpiredHoldHoldsNothingEvenBeforeItsDeadlineRuns() {
        NodeCapacityHeldEvent expired = new NodeCapacityHeldEvent(NODE, "order-1", "app-1", new Capacity(500, 100, 10),
                fixture.currentTime().minusSeconds(1));
        fixture.given(registered(), approved(), expired)
                .when(new HoldNodeCapacityCommand(NODE, "order-2", "app-2", new Capacity(570, 10, 10), until))
                .expectEvents(held("order-2", "app-2", new Capacity(570, 10, 10)));
    }

    @Test
    void freeCapacityInTheReadModelExcludesHolds() {
        CityNodeView view = new CityNodeView(NODE, "owner-1", registered().details(), NodeStatus.ACTIVE, null, CAPACITY,
                new Capacity(20, 0, 0), new Capacity(500, 100, 10), null, Instant.EPOCH, 3);
        assertThat(view.free()).isEqualTo(new Capacity(50, 1900, 190));
    }
}
