package org.openbsn.orderingbridge.api;

/** A peer of a city node that has joined a channel. */
public record JoinedPeer(String nodeId, String peerId) {
}
