package org.openbsn.gatewayadapter.events;

import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.gatewayadapter.api.EventSubscriptionView;
import org.openbsn.gatewayadapter.api.FindEventSubscriptionQuery;
import org.openbsn.gatewayadapter.api.FindEventSubscriptionsQuery;
import org.openbsn.gatewayadapter.api.RegisterEventSubscriptionCommand;
import org.openbsn.gatewayadapter.api.RemoveEventSubscriptionCommand;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.springframework.stereotype.Component;

/** The event endpoints' way to the subscriptions: each change waits until event/query shows it; refusals become code −1. */
@Component
class EventSubscriptions {

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;

    EventSubscriptions(ReadYourWrites readYourWrites, QueryGateway queries) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
    }

    EventSubscriptionView register(RegisterEventSubscriptionCommand command) {
        return change(command, command.eventId());
    }

    EventSubscriptionView remove(RemoveEventSubscriptionCommand command) {
        return change(command, command.eventId());
    }

    List<EventSubscriptionView> of(String appCode, String userCode) {
        return queries.query(new FindEventSubscriptionsQuery(appCode, userCode),
                ResponseTypes.multipleInstancesOf(EventSubscriptionView.class)).join();
    }

    private EventSubscriptionView change(Object command, String eventId) {
        try {
            return readYourWrites.send(command, new FindEventSubscriptionQuery(eventId), EventSubscriptionView.class,
                            EventSubscriptionView::version)
                    .orElseThrow(() -> new IllegalStateException(command.getClass().getSimpleName()
                            + " was stored but the subscriptions' read model has not caught up"));
        } catch (AggregateNotFoundException unknown) {
            throw new GatewayRefusal(EventSubscription.unknown(eventId).getMessage());
        } catch (DomainException refused) {
            throw new GatewayRefusal(refused.getMessage());
        } catch (CommandExecutionException failed) {
            if (failed.getCause() instanceof DomainException refused) {
                throw new GatewayRefusal(refused.getMessage());
            }
            if (failed.getCause() instanceof AggregateNotFoundException) {
                throw new GatewayRefusal(EventSubscription.unknown(eventId).getMessage());
            }
            throw failed;
        }
    }
}
