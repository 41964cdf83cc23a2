package org.openbsn.noderegistry.api;

/** One page of active nodes matching a filter, by name. */
public record BrowseActiveNodesQuery(NodeFilter filter, int offset, int limit) {
}
