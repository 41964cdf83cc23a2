package org.openbsn.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.billing.api.PayoutAccountConnectedEvent;

/** Where a payee's payouts go: their Stripe connected account. Its id is {@code "payee-" + payeeId}. */
@Aggregate
class PayoutAccount {

    static final String ID_PREFIX = "payee-";

    @AggregateIdentifier
    private String id;
    private String stripeAccountId;

    PayoutAccount() {
    }

    PayoutAccount(String payeeId, String stripeAccountId) {
        apply(new PayoutAccountConnectedEvent(payeeId, stripeAccountId));
    }

    void connect(String payeeId, String accountId) {
        if (!accountId.equals(stripeAccountId)) {
            apply(new PayoutAccountConnectedEvent(payeeId, accountId));
        }
    }

    String stripeAccountId() {
        return stripeAccountId;
    }

    @EventSourcingHandler
    void on(PayoutAccountConnectedEvent event) {
        id = ID_PREFIX + event.payeeId();
        stripeAccountId = event.stripeAccountId();
    }
}
