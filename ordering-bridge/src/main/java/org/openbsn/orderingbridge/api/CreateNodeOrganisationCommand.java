package org.openbsn.orderingbridge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes the approved city node a Fabric organisation of its own; re-sent, it changes nothing. */
public record CreateNodeOrganisationCommand(String nodeId) {

    /** The organisation's own aggregate id: a city node's id already names its CityNode aggregate in the event store. */
    @TargetAggregateIdentifier
    public String organisationId() {
        return NodeOrganisationIds.of(nodeId);
    }
}
