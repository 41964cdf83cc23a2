package org.openbsn.gatewayadapter.events;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.gatewayadapter.api.EventSubscriptionRegisteredEvent;
import org.openbsn.gatewayadapter.api.EventSubscriptionRemovedEvent;
import org.openbsn.gatewayadapter.api.RegisterEventSubscriptionCommand;
import org.openbsn.gatewayadapter.api.RemoveEventSubscriptionCommand;
import org.openbsn.infra.error.DomainException;

/**
 * One event subscription, named by its eventId: registered once, removed once, and only by the
 * participant that registered it. Anyone else is told the eventId is unknown, so ids do not leak.
 */
@Aggregate
class EventSubscription {

    @AggregateIdentifier
    private String eventId;
    private String appCode;
    private String userCode;
    private boolean active;

    EventSubscription() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RegisterEventSubscriptionCommand command) {
        if (eventId != null) {
            throw new DomainException("gateway.event-id-taken", "eventId " + command.eventId() + " is already registered",
                    command.eventId());
        }
        apply(new EventSubscriptionRegisteredEvent(command.eventId(), command.appCode(), command.userCode(), command.type(),
                command.channelId(), command.chaincode(), command.eventKey(), command.notifyUrl(), command.attachArgs(),
                command.startBlock(), command.createdAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveEventSubscriptionCommand command) {
        if (!active || !appCode.equals(command.appCode()) || !userCode.equals(command.userCode())) {
            throw unknown(command.eventId());
        }
        apply(new EventSubscriptionRemovedEvent(eventId, appCode, userCode));
        return AggregateLifecycle.getVersion();
    }

    static DomainException unknown(String eventId) {
        return new DomainException("gateway.unknown-event-id", "unknown eventId " + eventId
                + ": no subscription of yours in this application has it", eventId);
    }

    @EventSourcingHandler
    void on(EventSubscriptionRegisteredEvent event) {
        eventId = event.eventId();
        appCode = event.appCode();
        userCode = event.userCode();
        active = true;
    }

    @EventSourcingHandler
    void on(EventSubscriptionRemovedEvent event) {
        active = false;
    }
}
