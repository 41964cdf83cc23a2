package org.openbsn.gatewayadapter.api;

import java.time.Instant;

/** A participant subscribed a notify URL to an application's chaincode events or blocks. */
public record EventSubscriptionRegisteredEvent(String eventId, String appCode, String userCode, EventSubscriptionType type,
                                               String channelId, String chaincode, String eventKey, String notifyUrl,
                                               String attachArgs, long startBlock, Instant createdAt) {
}
