package org.openbsn.applications.api;

import org.openbsn.noderegistry.api.Capacity;

/** The resources an application buys on one city node. */
public record NodeResources(String nodeId, Capacity capacity) {
}
