package org.openbsn.noderegistry.api;

/** Everything that happened to a node, in order. */
public record FindNodeHistoryQuery(String nodeId) {
}
