package org.openbsn.noderegistry.api;

/** One node found by search, with what a publisher compares: free capacity and prices. */
public record NodeSearchHit(String nodeId, NodeDetails details, Capacity capacity, Capacity free, UnitPrices prices) {
}
