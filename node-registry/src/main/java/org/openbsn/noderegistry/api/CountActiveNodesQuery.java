package org.openbsn.noderegistry.api;

/** How many active nodes match a filter. */
public record CountActiveNodesQuery(NodeFilter filter) {
}
