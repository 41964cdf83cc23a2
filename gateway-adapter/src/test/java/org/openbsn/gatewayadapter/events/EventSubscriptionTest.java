package org.openbsn.gatewayadapter.events;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.gatewayadapter.api.EventSubscriptionRegisteredEvent;
import org.openbsn.gatewayadapter.api.EventSubscriptionRemovedEvent;
import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.RegisterEventSubscriptionCommand;
import org.openbsn.gatewayadapter.api.RemoveEventSubscriptionCommand;
import org.openbsn.infra.error.DomainException;

/** A subscription is registered once and removed once, by its owner only; others are told it is unknown. */
class EventSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private static final String ID = "0123456789abcdef0123456789abcdef";

    private AggregateTestFixture<EventSubscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EventSubscription.class);
    }

    private static EventSubscriptionRegisteredEvent registered() {
        return new EventSubscriptionRegisteredEvent(ID, "app1", "U1", EventSubscriptionType.CHAINCODE, "ch1", "base",
                "event_set", "https://example.com/cb", "a=1", 7, NOW);
    }

    @Test
    void registersASubscription() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEventSubscriptionCommand(ID, "app1", "U1", EventSubscriptionType.CHAINCODE, "ch1", "base",
                        "event_set", "https://example.com/cb", "a=1", 7, NOW))
                .expectEvents(registered());
    }

    @Test
    void refusesAnEventIdThatIsTaken() {
        fixture.given(registered())
                .when(new RegisterEventSubscriptionCommand(ID, "app1", "U2", EventSubscriptionType.BLOCK, "ch1", "", "",
                        "https://example.com/other", "", 9, NOW))
                .expectException(DomainException.class)
                .expectExceptionMessage("eventId " + ID + " is already registered");
    }

    @Test
    void theOwnerRemovesItOnce() {
        fixture.given(registered())
                .when(new RemoveEventSubscriptionCommand(ID, "app1", "U1"))
                .expectEvents(new EventSubscriptionRemovedEvent(ID, "app1", "U1"));
        fixture.given(registered(), new EventSubscriptionRemovedEvent(ID, "app1", "U1"))
                .when(new RemoveEventSubscriptionCommand(ID, "app1", "U1"))
                .expectException(DomainException.class)
                .expectExceptionMessage("unknown eventId " + ID + ": no subscription of yours in this application has it");
    }

    @Test
    void anotherParticipantOrApplicationIsToldTheIdIsUnknown() {
        fixture.given(registered())
                .when(new RemoveEventSubscriptionCommand(ID, "app1", "U2"))
                .expectException(DomainException.class)
                .expectExceptionMessage("unknown eventId " + ID + ": no subscription of yours in this application has it");
        fixture.given(registered())
                .when(new RemoveEventSubscriptionCommand(ID, "app2", "U1"))
                .expectNoEvents()
                .expectException(DomainException.class);
    }
}
