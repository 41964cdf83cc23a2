package org.openbsn.gatewayadapter.api;

import java.util.List;

/**
 * Gateway calls recorded together, in the order they reached the audit trail: the calls that
 * arrived while it was storing the previous ones share one event, so that recording a call costs
 * the event store a share of a write rather than a write. Each call is as
 * {@link GatewayCallAuditedEvent} describes it; calls recorded before this event existed have one
 * {@link GatewayCallAuditedEvent} each.
 */
public record GatewayCallsAuditedEvent(List<GatewayCallAuditedEvent> calls) {

    public GatewayCallsAuditedEvent {
        calls = List.copyOf(calls);
    }
}
