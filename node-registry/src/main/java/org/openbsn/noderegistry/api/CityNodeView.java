package org.openbsn.noderegistry.api;

import java.time.Instant;

/**
 * A city node as the portal shows it: {@code reserved} by applications, {@code held} by orders at the checkout.
 * {@code version} is the last event the view reflects.
 */
public record CityNodeView(
        String nodeId,
        String ownerId,
        NodeDetails details,
        NodeStatus status,
        String statusReason,
        Capacity capacity,
        Capacity reserved,
        Capacity held,
        UnitPrices prices,
        Instant registeredAt,
        long version) {

    public Capacity free() {
        return capacity.minus(reserved).minus(held);
    }
}
