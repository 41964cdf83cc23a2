package org.openbsn.noderegistry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts the application's reservation on the node onto a peer of the node's pool: a dedicated one at or above the dedicated threshold, otherwise the fullest shared peer that stays under the saturation mark; replies with the peer id, and again with the same one when re-sent. */
public record AllocatePeerCommand(@TargetAggregateIdentifier String nodeId, String applicationId) {
}
