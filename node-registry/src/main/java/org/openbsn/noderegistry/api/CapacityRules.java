package org.openbsn.noderegistry.api;

import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;

/** The refusal of more capacity than a node has free, in the same words wherever it is found out (quote, checkout). */
public final class CapacityRules {

    public static final String NOT_FREE = "rule.node-capacity-exceeded";

    private CapacityRules() {
    }

    public static String english(String nodeName, Capacity free) {
        return "City node " + nodeName + " does not have this much free: only " + free.tps() + " TPS, "
                + free.storageGb() + " GB of storage and " + free.bandwidthMbps() + " Mbps of bandwidth are free";
    }

    public static FieldViolation violation(String field, String nodeName, Capacity free) {
        return FieldViolation.of(field, NOT_FREE, english(nodeName, free), nodeName, free.tps(), free.storageGb(),
                free.bandwidthMbps());
    }

    public static DomainException refusal(String nodeName, Capacity free) {
        return new DomainException(NOT_FREE, english(nodeName, free), nodeName, free.tps(), free.storageGb(),
                free.bandwidthMbps());
    }
}
