package org.openbsn.noderegistry.api;

import java.util.List;

/** One peer of a node's pool: whether it is dedicated, the TPS allocated to it out of what it can carry, and the applications on it. */
public record PeerUtilisation(String peerId, boolean dedicated, int tpsAllocated, int tpsCapacity, List<String> applicationIds) {
}
