package org.openbsn.orderingbridge.api;

/** Asks for every ordering cluster with its load. */
public record FindOrderingClustersQuery() {
}
