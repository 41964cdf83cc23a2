package org.openbsn.orderingbridge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Joins a peer of a city node to the channel; re-sent, it changes nothing. */
public record JoinPeerCommand(@TargetAggregateIdentifier String channelId, String nodeId, String peerId) {
}
