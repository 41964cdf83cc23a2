package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An application reserves resources on the node (at most one reservation per application). */
public record ReserveNodeCapacityCommand(@TargetAggregateIdentifier String nodeId, String applicationId, Capacity capacity) {
}
