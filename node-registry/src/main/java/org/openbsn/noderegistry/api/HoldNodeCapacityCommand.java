package org.openbsn.noderegistry.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Holds capacity on the node for an order at the checkout until {@code until}: nobody else can take it meanwhile.
 * One hold per application; a hold for a newer order of the same application replaces the older one.
 */
public record HoldNodeCapacityCommand(@TargetAggregateIdentifier String nodeId, String orderId, String applicationId,
                                      Capacity capacity, Instant until) {
}
