package org.openbsn.noderegistry.api;

/** Nodes in any of these states, oldest first (the operator's queue). */
public record FindNodesByStatusQuery(java.util.Set<NodeStatus> statuses) {
}
