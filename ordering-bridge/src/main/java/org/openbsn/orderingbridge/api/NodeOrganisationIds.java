package org.openbsn.orderingbridge.api;

/** How a city node's organisation is named in the event store, apart from the node's own aggregate. */
public final class NodeOrganisationIds {

    private NodeOrganisationIds() {
    }

    public static String of(String nodeId) {
        return "organisation-" + nodeId;
    }
}
