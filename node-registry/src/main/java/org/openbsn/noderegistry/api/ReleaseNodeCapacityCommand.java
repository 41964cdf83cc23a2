package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An application gives back what it reserved on the node. */
public record ReleaseNodeCapacityCommand(@TargetAggregateIdentifier String nodeId, String applicationId) {
}
