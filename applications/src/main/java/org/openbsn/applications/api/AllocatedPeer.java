package org.openbsn.applications.api;

/** The peer of a city node that serves the application there. */
public record AllocatedPeer(String nodeId, String peerId, boolean dedicated) {
}
