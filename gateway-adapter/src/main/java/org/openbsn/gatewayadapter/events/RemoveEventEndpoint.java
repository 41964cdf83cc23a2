package org.openbsn.gatewayadapter.events;

import org.openbsn.gatewayadapter.api.RemoveEventSubscriptionCommand;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/chainCode/event/remove}: ends one of the caller's own subscriptions; callbacks
 * not yet sent are dropped. Someone else's eventId is answered exactly like an unknown one.
 */
@Component
class RemoveEventEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/chainCode/event/remove";
    static final int LONGEST_EVENT_ID = 64;

    private final EventSubscriptions subscriptions;
    private final EventFollowers followers;

    RemoveEventEndpoint(EventSubscriptions subscriptions, EventFollowers followers) {
        this.subscriptions = subscriptions;
        this.followers = followers;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        String eventId = request.text("eventId");
        if (eventId.isEmpty()) {
            throw new GatewayRefusal("eventId is missing");
        }
        if (eventId.length() > LONGEST_EVENT_ID) {
            throw new GatewayRefusal("eventId is longer than " + LONGEST_EVENT_ID + " characters");
        }
        subscriptions.remove(new RemoveEventSubscriptionCommand(eventId, request.appCode(), request.userCode()));
        followers.refreshSoon();
        return GatewayReply.success(null, "");
    }
}
