package org.openbsn.noderegistry.api;

/** The application no longer runs on this peer of the node (its reservation was released). */
public record PeerReleasedEvent(String nodeId, String applicationId, String peerId, int tps) {
}
