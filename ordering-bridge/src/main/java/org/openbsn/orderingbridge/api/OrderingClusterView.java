package org.openbsn.orderingbridge.api;

/** An ordering cluster and the applications it orders, by their total TPS. */
public record OrderingClusterView(String clusterId, int applications, int tps) {
}
