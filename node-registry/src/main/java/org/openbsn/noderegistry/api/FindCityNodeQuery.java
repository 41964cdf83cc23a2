package org.openbsn.noderegistry.api;

/** The node with this id, if any. */
public record FindCityNodeQuery(String nodeId) {
}
