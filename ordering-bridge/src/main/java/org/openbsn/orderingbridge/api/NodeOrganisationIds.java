package org.openbsn.orderingbridge.api;

/** How a city node's organisation is named: in the event store, apart from the node's own aggregate, and as an MSP. */
public final class NodeOrganisationIds {

    private NodeOrganisationIds() {
    }

    public static String of(String nodeId) {
        return "organisation-" + nodeId;
    }

    /** The MSP id of a node's organisation: "Node" and the node id's letters and digits, unique as the id is. */
    public static String mspIdOf(String nodeId) {
        String digits = nodeId == null ? "" : nodeId.replaceAll("[^A-Za-z0-9]", "");
        if (digits.isEmpty() || digits.length() > 56) {
            throw new IllegalArgumentException("node id '" + nodeId + "' gives no MSP id");
        }
        return "Node" + digits;
    }
}
