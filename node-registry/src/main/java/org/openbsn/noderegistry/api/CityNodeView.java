package org.openbsn.noderegistry.api;

import java.time.Instant;

/** A city node as the portal shows it. {@code version} is the last event the view reflects. */
public record CityNodeView(
        String nodeId,
        String ownerId,
        NodeDetails details,
        NodeStatus status,
        String statusReason,
        Capacity capacity,
        Capacity reserved,
        UnitPrices prices,
        Instant registeredAt,
        long version) {

    public Capacity free() {
        return capacity.minus(reserved);
    }
}
