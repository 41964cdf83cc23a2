package org.openbsn.orderingbridge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enrols peer {@code peerName} of the city node's organisation, listening at {@code host:port}; answers the zip of its
 * MSP and TLS files (made for this answer only). Enrolling a name again issues new files and moves the peer.
 */
public record EnrolNodePeerCommand(String nodeId, String peerName, String host, int port) {

    /** The organisation's own aggregate id: a city node's id already names its CityNode aggregate in the event store. */
    @TargetAggregateIdentifier
    public String organisationId() {
        return NodeOrganisationIds.of(nodeId);
    }
}
