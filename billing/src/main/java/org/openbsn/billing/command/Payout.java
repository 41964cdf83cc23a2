package org.openbsn.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.billing.api.PayoutPaidEvent;
import org.openbsn.infra.error.DomainException;

/** One payout of a payee's unpaid earnings, made once (see {@link PayoutCommandHandler}). */
@Aggregate
class Payout {

    @AggregateIdentifier
    private String payoutId;
    private String payeeId;

    Payout() {
    }

    Payout(PayoutPaidEvent paid) {
        apply(paid);
    }

    /** True when the same payee asks again (a re-delivery); another payee under this id is refused. */
    boolean isSamePayout(String payee) {
        if (!payeeId.equals(payee)) {
            throw new DomainException("payout.id-taken", "Payout " + payoutId + " belongs to another payee", payoutId);
        }
        return true;
    }

    @EventSourcingHandler
    void on(PayoutPaidEvent event) {
        payoutId = event.payoutId();
        payeeId = event.payeeId();
    }
}
