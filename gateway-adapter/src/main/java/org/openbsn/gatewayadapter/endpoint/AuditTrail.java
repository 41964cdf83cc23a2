package org.openbsn.gatewayadapter.endpoint;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.springframework.stereotype.Component;

/** Records gateway calls in the event store, allowed or denied, for auditors and the participant's recent calls. */
@Component
class AuditTrail {

    private final EventGateway events;
    private final TransactionManager transactions;

    AuditTrail(EventGateway events, TransactionManager transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    void record(GatewayCallAuditedEvent call) {
        transactions.executeInTransaction(() -> events.publish(call));
    }
}
