package org.openbsn.noderegistry.api;

/** Asks for the node's reserved capacity over time, one point per change. */
public record FindNodeUtilisationHistoryQuery(String nodeId) {
}
