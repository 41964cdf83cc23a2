package org.openbsn.orderingbridge.api;

/** Peer {@code peerName} of the node's organisation {@code mspId} listens at {@code host:port}. */
public record NodePeerEnrolledEvent(String nodeId, String mspId, String peerName, String host, int port) {
}
