package org.openbsn.noderegistry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.invalidFields;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.*;

class CityNodeTest {

    private static final Capacity CAPACITY = new Capacity(500, 2000, 200);
    private static final UnitPrices PRICES = new UnitPrices(Money.cny("120"), Money.cny("3.5"), Money.cny("40"));

    private final TestDatabase db = TestDatabase.get();
    private FixtureConfiguration<CityNode> fixture;
    private NodeNameClaims names;
    private String nodeId;
    private String ownerId;
    private final String operatorId = "operator-1";

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CityNode.class);
        names = new NodeNameClaims(db.jdbc());
        fixture.registerAnnotatedCommandHandler(new CityNodeCommandHandler(fixture.getRepository(), names));
        nodeId = UUID.randomUUID().toString();
        ownerId = UUID.randomUUID().toString();
    }

    private NodeDetails details(String name) {
        return new NodeDetails(name, "Shanghai", "China", "China Mobile", "https://sh-1.example.com/api");
    }

    private CityNodeRegisteredEvent registered() {
        return new CityNodeRegisteredEvent(nodeId, ownerId, details("SH-1"), CAPACITY, PRICES);
    }

    private CityNodeApprovedEvent approved() {
        return new CityNodeApprovedEvent(nodeId, operatorId);
    }

    @Test
    void registersANodeThatAwaitsApproval() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCityNodeCommand(nodeId, ownerId, details("  SH-1 "), CAPACITY, PRICES))
                .expectEvents(registered())
                .expectResultMessagePayload(0L);
    }

    @Test
    void namesEveryBrokenFieldOfARegistration() {
        NodeDetails bad = new NodeDetails(" ", "Shanghai", "x".repeat(NodeRules.PLACE_MAX + 1), "CM", "ftp://files");
        UnitPrices badPrices = new UnitPrices(Money.cny("0"), Money.cny("2000000"), Money.cny("1"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCityNodeCommand(nodeId, ownerId, bad, new Capacity(0, 10, NodeRules.BANDWIDTH_MBPS_MAX + 1), badPrices))
                .expectException(invalidFields("name", "region", "gatewayUrl", "tps", "bandwidthMbps", "pricePerTps",
                        "pricePerStorageGb"))
                .expectNoEvents();
    }

    @Test
    void refusesPricesFinerThanAFen() {
        UnitPrices fine = new UnitPrices(new Money(new BigDecimal("1.00"), "CNY"), PRICES.perStorageGb(), PRICES.perBandwidthMbps());
        assertThat(NodeRules.price("pricePerTps", new BigDecimal("1.001"))).get()
                .extracting(v -> v.messageKey()).isEqualTo("rule.price-fen");
        assertThat(NodeRules.checkPrices(fine)).isEmpty();
    }

    @Test
    void refusesASecondNodeOfTheSameNameForTheSameOwner() {
        assertThat(names.claim(ownerId, "SH-1", UUID.randomUUID().toString())).isTrue();
        fixture.givenNoPriorActivity()
                .when(new RegisterCityNodeCommand(nodeId, ownerId, details(" sh-1"), CAPACITY, PRICES))
                .expectException(invalidField("name", "rule.node-name-taken"));
    }

    @Test
    void letsAnotherOwnerUseTheSameName() {
        assertThat(names.claim(UUID.randomUUID().toString(), "SH-1", UUID.randomUUID().toString())).isTrue();
        fixture.givenNoPriorActivity()
                .when(new RegisterCityNodeCommand(nodeId, ownerId, details("SH-1"), CAPACITY, PRICES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void operatorApprovesAPendingNode() {
        fixture.given(registered())
                .when(new ApproveCityNodeCommand(nodeId, operatorId))
                .expectEvents(approved())
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotApproveANodeTwice() {
        fixture.given(registered(), approved())
                .when(new ApproveCityNodeCommand(nodeId, operatorId))
                .expectException(refusedWith("node.wrong-status"));
    }

    @Test
    void rejectingNeedsAReasonAndFreesTheName() {
        names.claim(ownerId, "SH-1", nodeId);
        fixture.given(registered())
                .when(new RejectCityNodeCommand(nodeId, operatorId, "  "))
                .expectException(invalidField("reason", "rule.required"));
        fixture.given(registered())
                .when(new RejectCityNodeCommand(nodeId, operatorId, " No data-centre licence "))
                .expectEvents(new CityNodeRejectedEvent(nodeId, operatorId, "No data-centre licence"));
        assertThat(names.claim(ownerId, "SH-1", UUID.randomUUID().toString())).isTrue();
    }

    @Test
    void suspendsOnlyActiveNodesAndResumesOnlySuspendedOnes() {
        fixture.given(registered())
                .when(new SuspendCityNodeCommand(nodeId, operatorId, "maintenance"))
                .expectException(refusedWith("node.wrong-status"));
        fixture.given(registered(), approved())
                .when(new SuspendCityNodeCommand(nodeId, operatorId, "maintenance"))
                .expectEvents(new CityNodeSuspendedEvent(nodeId, operatorId, "maintenance"));
        fixture.given(registered(), approved())
                .when(new ResumeCityNodeCommand(nodeId, operatorId))
                .expectException(refusedWith("node.wrong-status"));
        fixture.given(registered(), approved(), new CityNodeSuspendedEvent(nodeId, operatorId, "maintenance"))
                .when(new ResumeCityNodeCommand(nodeId, operatorId))
                .expectEvents(new CityNodeResumedEvent(nodeId, operatorId));
    }

    @Test
    void ownerRaisesCapacity() {
        Capacity more = new Capacity(800, 4000, 300);
        fixture.given(registered(), approved())
                .when(new ChangeCityNodeCapacityCommand(nodeId, ownerId, more))
                .expectEvents(new CityNodeCapacityChangedEvent(nodeId, ownerId, more));
    }

    @Test
    void onlyTheOwnerChangesANode() {
        fixture.given(registered())
                .when(new ChangeCityNodePricesCommand(nodeId, "someone-else", PRICES))
                .expectException(refusedWith("node.not-owner"));
        fixture.given(registered())
                .when(new RetireCityNodeCommand(nodeId, "someone-else"))
                .expectException(refusedWith("node.not-owner"));
    }

    @Test
    void refusesCapacityBelowWhatIsReserved() {
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", new Capacity(300, 100, 50)))
                .when(new ChangeCityNodeCapacityCommand(nodeId, ownerId, new Capacity(299, 100, 50)))
                .expectException(invalidFields("tps"))
                .expectNoEvents();
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", new Capacity(300, 100, 50)))
                .when(new ChangeCityNodeCapacityCommand(nodeId, ownerId, new Capacity(300, 100, 50)))
                .expectEvents(new CityNodeCapacityChangedEvent(nodeId, ownerId, new Capacity(300, 100, 50)));
    }

    @Test
    void anUnchangedValueRecordsNothing() {
        fixture.given(registered())
                .when(new ChangeCityNodePricesCommand(nodeId, ownerId, PRICES))
                .expectNoEvents();
    }

    @Test
    void ownerChangesPricesWithinTheRules() {
        UnitPrices cheaper = new UnitPrices(Money.cny("99.90"), Money.cny("3"), Money.cny("35"));
        fixture.given(registered())
                .when(new ChangeCityNodePricesCommand(nodeId, ownerId, cheaper))
                .expectEvents(new CityNodePricesChangedEvent(nodeId, ownerId, cheaper));
        fixture.given(registered())
                .when(new ChangeCityNodePricesCommand(nodeId, ownerId,
                        new UnitPrices(Money.cny("-1"), Money.cny("3"), Money.cny("35"))))
                .expectException(invalidField("pricePerTps", "rule.price-range"));
    }

    @Test
    void aRetiredNodeCannotBeChanged() {
        fixture.given(registered(), new CityNodeRetiredEvent(nodeId, ownerId))
                .when(new ChangeCityNodeCapacityCommand(nodeId, ownerId, new Capacity(1, 1, 1)))
                .expectException(refusedWith("node.not-changeable"));
    }

    @Test
    void cannotRetireWhileApplicationsHoldCapacity() {
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", new Capacity(10, 10, 10)))
                .when(new RetireCityNodeCommand(nodeId, ownerId))
                .expectException(refusedWith("node.retire-with-reservations"));
    }

    @Test
    void retiringFreesTheName() {
        names.claim(ownerId, "SH-1", nodeId);
        fixture.given(registered(), approved())
                .when(new RetireCityNodeCommand(nodeId, ownerId))
                .expectEvents(new CityNodeRetiredEvent(nodeId, ownerId));
        assertThat(names.claim(ownerId, "SH-1", UUID.randomUUID().toString())).isTrue();
    }

    @Test
    void reservesCapacityThatFits() {
        Capacity wanted = new Capacity(500, 1000, 200);
        fixture.given(registered(), approved())
                .when(new ReserveNodeCapacityCommand(nodeId, "app-1", wanted))
                .expectEvents(new NodeCapacityReservedEvent(nodeId, "app-1", wanted));
    }

    @Test
    void refusesAReservationThatDoesNotFit() {
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", new Capacity(400, 100, 10)))
                .when(new ReserveNodeCapacityCommand(nodeId, "app-2", new Capacity(101, 100, 10)))
                .expectException(refusedWith("node.reservation-does-not-fit"));
    }

    @Test
    void refusesReservationsOnNodesThatAreNotActive() {
        fixture.given(registered())
                .when(new ReserveNodeCapacityCommand(nodeId, "app-1", new Capacity(1, 1, 1)))
                .expectException(refusedWith("node.not-active"));
    }

    @Test
    void aRedeliveredReservationReservesNothingMore() {
        Capacity wanted = new Capacity(100, 100, 10);
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", wanted))
                .when(new ReserveNodeCapacityCommand(nodeId, "app-1", wanted))
                .expectNoEvents();
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", wanted))
                .when(new ReserveNodeCapacityCommand(nodeId, "app-1", new Capacity(1, 1, 1)))
                .expectException(refusedWith("node.already-reserved"));
    }

    @Test
    void releasingGivesBackWhatWasHeld() {
        Capacity held = new Capacity(100, 100, 10);
        fixture.given(registered(), approved(), new NodeCapacityReservedEvent(nodeId, "app-1", held))
                .when(new ReleaseNodeCapacityCommand(nodeId, "app-1"))
                .expectEvents(new NodeCapacityReleasedEvent(nodeId, "app-1", held));
        fixture.given(registered(), approved())
                .when(new ReleaseNodeCapacityCommand(nodeId, "app-1"))
                .expectNoEvents();
    }
}
