package org.openbsn.orderingbridge.api;

/** The Fabric organisation of the city node {@code nodeId}, if it has one yet. */
public record FindNodeOrganisationQuery(String nodeId) {
}
