package org.openbsn.gatewayadapter.api;

import java.time.Instant;

/** A subscription as registered; {@code active} is false once removed. {@code version} is the last event it reflects. */
public record EventSubscriptionView(String eventId, String appCode, String userCode, EventSubscriptionType type,
                                    String channelId, String chaincode, String eventKey, String notifyUrl,
                                    String attachArgs, long startBlock, Instant createdAt, boolean active, long version) {
}
