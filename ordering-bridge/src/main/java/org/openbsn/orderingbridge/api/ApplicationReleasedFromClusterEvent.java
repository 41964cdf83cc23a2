package org.openbsn.orderingbridge.api;

/** The application no longer loads this ordering cluster. */
public record ApplicationReleasedFromClusterEvent(String clusterId, String applicationId, int tps) {
}
