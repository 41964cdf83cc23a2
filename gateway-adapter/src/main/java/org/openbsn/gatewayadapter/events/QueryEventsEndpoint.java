package org.openbsn.gatewayadapter.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.openbsn.gatewayadapter.api.EventSubscriptionView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/chainCode/event/query}: the caller's active subscriptions in the application,
 * each with the ten keys in the order the SDKs verify them; a refusal keeps the body {@code []}.
 */
@Component
class QueryEventsEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/chainCode/event/query";
    static final DateTimeFormatter CREATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final EventSubscriptions subscriptions;
    private final EventsProperties properties;

    QueryEventsEndpoint(EventSubscriptions subscriptions, EventsProperties properties) {
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        StringBuilder macText = new StringBuilder();
        for (EventSubscriptionView subscription : subscriptions.of(request.appCode(), request.userCode())) {
            String createTime = CREATE_TIME.format(subscription.createdAt());
            body.addObject()
                    .put("eventId", subscription.eventId())
                    .put("eventKey", subscription.eventKey())
                    .put("notifyUrl", subscription.notifyUrl())
                    .put("attachArgs", subscription.attachArgs())
                    .put("createTime", createTime)
                    .put("orgCode", properties.nodeCode())
                    .put("userCode", subscription.userCode())
                    .put("appCode", subscription.appCode())
                    .put("chainCode", subscription.chaincode())
                    .put("eventType", subscription.type().wireName());
            macText.append(subscription.eventId()).append(subscription.eventKey()).append(subscription.notifyUrl())
                    .append(subscription.attachArgs()).append(createTime).append(properties.nodeCode())
                    .append(subscription.userCode()).append(subscription.appCode()).append(subscription.chaincode())
                    .append(subscription.type().wireName());
        }
        return GatewayReply.success(body, macText.toString());
    }

    @Override
    public GatewayReply refusal(String message) {
        return GatewayReply.failureWithEmptyList(message);
    }
}
