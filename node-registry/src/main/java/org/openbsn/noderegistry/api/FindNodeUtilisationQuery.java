package org.openbsn.noderegistry.api;

/** Asks how much of a node is reserved, overall and per peer. */
public record FindNodeUtilisationQuery(String nodeId) {
}
