package org.openbsn.orderingbridge.api;

/** A peer of a city node has joined the channel. */
public record PeerJoinedChannelEvent(String channelId, String nodeId, String peerId) {
}
