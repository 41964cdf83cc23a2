package org.openbsn.noderegistry.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.NodeCapacityHeldEvent;
import org.openbsn.noderegistry.api.NodeCapacityHoldReleasedEvent;

/** What orders at the checkout hold on one city node, by order; a hold past its deadline holds nothing. */
final class CapacityHolds {

    private final Map<String, NodeCapacityHeldEvent> byOrder = new LinkedHashMap<>();

    Optional<NodeCapacityHeldEvent> of(String orderId) {
        return Optional.ofNullable(byOrder.get(orderId));
    }

    /** The holds of an application, expired or not (what a newer order or its reservation replaces). */
    Iterable<NodeCapacityHeldEvent> ofApplication(String applicationId) {
        return byOrder.values().stream().filter(hold -> hold.applicationId().equals(applicationId)).toList();
    }

    /** What holds of other applications keep from being taken at {@code now}. */
    Capacity heldByOthers(String applicationId, Instant now) {
        return byOrder.values().stream()
                .filter(hold -> !hold.applicationId().equals(applicationId) && hold.until().isAfter(now))
                .map(NodeCapacityHeldEvent::capacity).reduce(Capacity.NONE, Capacity::plus);
    }

    Capacity held(Instant now) {
        return heldByOthers("", now);
    }

    boolean isEmpty() {
        return byOrder.isEmpty();
    }

    void held(NodeCapacityHeldEvent event) {
        byOrder.put(event.orderId(), event);
    }

    void released(NodeCapacityHoldReleasedEvent event) {
        byOrder.remove(event.orderId());
    }
}
