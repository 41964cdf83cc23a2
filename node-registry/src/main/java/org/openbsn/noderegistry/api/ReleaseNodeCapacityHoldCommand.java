package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back what an order held at the checkout (its payment failed or was never made); releasing twice does nothing. */
public record ReleaseNodeCapacityHoldCommand(@TargetAggregateIdentifier String nodeId, String orderId) {
}
