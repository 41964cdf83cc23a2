package org.openbsn.noderegistry.api;

/** Every node of one owner, newest first. */
public record FindOwnerNodesQuery(String ownerId) {
}
