package org.openbsn.orderingbridge.api;

/** Assigns the application to an ordering cluster (in distributed clustering the least loaded by TPS); replies with the cluster id, and again with the same one when re-sent. */
public record AssignOrderingClusterCommand(String applicationId, int tps) {
}
