package org.openbsn.noderegistry.api;

/** The application's reservation on the node runs on this peer; {@code tps} is the load it adds to the peer. */
public record PeerAllocatedEvent(String nodeId, String applicationId, String peerId, boolean dedicated, int tps) {
}
