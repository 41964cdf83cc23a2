package org.openbsn.noderegistry.api;

/** Where a city node is in its life. */
public enum NodeStatus {
    PENDING_APPROVAL, ACTIVE, REJECTED, SUSPENDED, RETIRED
}
