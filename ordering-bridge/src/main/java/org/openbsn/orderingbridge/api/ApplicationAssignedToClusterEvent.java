package org.openbsn.orderingbridge.api;

/** The application's channel is ordered by this cluster, which carries {@code tps} more because of it. */
public record ApplicationAssignedToClusterEvent(String clusterId, String applicationId, int tps) {
}
