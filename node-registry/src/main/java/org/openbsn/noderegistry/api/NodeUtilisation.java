package org.openbsn.noderegistry.api;

import java.util.List;

/** How much of a node is reserved, overall and on each peer of its pool. */
public record NodeUtilisation(String nodeId, Capacity capacity, Capacity reserved, List<PeerUtilisation> peers) {
}
