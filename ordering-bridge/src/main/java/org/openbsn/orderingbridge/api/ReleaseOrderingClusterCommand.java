package org.openbsn.orderingbridge.api;

/** Takes the application off its ordering cluster (publishing failed or the application retired); nothing happens when it has none. */
public record ReleaseOrderingClusterCommand(String applicationId) {
}
