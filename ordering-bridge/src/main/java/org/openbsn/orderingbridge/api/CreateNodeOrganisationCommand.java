package org.openbsn.orderingbridge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes the approved city node a Fabric organisation of its own; re-sent, it changes nothing. */
public record CreateNodeOrganisationCommand(@TargetAggregateIdentifier String nodeId) {
}
