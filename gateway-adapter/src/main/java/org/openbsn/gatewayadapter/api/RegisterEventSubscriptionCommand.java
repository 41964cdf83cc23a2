package org.openbsn.gatewayadapter.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Subscribes a participant's notify URL to an application's chaincode events whose name fully
 * matches {@code eventKey} (a regular expression), or to its channel's blocks; from {@code startBlock} on.
 */
public record RegisterEventSubscriptionCommand(@TargetAggregateIdentifier String eventId, String appCode, String userCode,
                                               EventSubscriptionType type, String channelId, String chaincode,
                                               String eventKey, String notifyUrl, String attachArgs, long startBlock,
                                               Instant createdAt) {
}
