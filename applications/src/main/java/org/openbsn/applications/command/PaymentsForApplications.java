package org.openbsn.applications.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.applications.api.ConfirmApplicationPaymentCommand;
import org.openbsn.applications.api.ConfirmRenewalPaymentCommand;
import org.openbsn.applications.api.PaymentForReplacedOrderEvent;
import org.openbsn.applications.api.RecordApplicationPaymentFailureCommand;
import org.openbsn.billing.api.FindOrderQuery;
import org.openbsn.billing.api.OrderView;
import org.openbsn.billing.api.PaymentConfirmedEvent;
import org.openbsn.billing.api.PaymentFailedEvent;
import org.openbsn.billing.api.RefundOrderCommand;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.error.Reason;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityHoldCommand;
import org.springframework.stereotype.Component;

/**
 * Tells an application that billing confirmed or failed its payment, and gives back what a failed or expired
 * checkout held on its nodes; the aggregates ignore repeats.
 */
@Component
@ProcessingGroup("application-payments")
class PaymentsForApplications {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PaymentsForApplications(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentConfirmedEvent event) {
        if (event.subject().kind() == SubjectKind.APPLICATION) {
            commands.sendAndWait(new ConfirmApplicationPaymentCommand(event.subject().subjectId(), event.orderId()));
        } else if (event.subject().kind() == SubjectKind.APPLICATION_RENEWAL) {
            commands.sendAndWait(new ConfirmRenewalPaymentCommand(event.subject().subjectId(), event.orderId()));
        }
    }

    /** Money for an order the application no longer waits for goes back to the publisher. */
    @EventHandler
    @DisallowReplay
    void on(PaymentForReplacedOrderEvent event) {
        commands.sendAndWait(new RefundOrderCommand(event.orderId(), Reason.of("reason.refund.order-replaced",
                "This order was replaced by a newer one for the same application, so its payment is given back")));
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentFailedEvent event) {
        if (event.subject().kind() == SubjectKind.APPLICATION) {
            releaseHolds(event.orderId());
            commands.sendAndWait(new RecordApplicationPaymentFailureCommand(event.subject().subjectId(), event.orderId(),
                    event.reason()));
        }
    }

    /** The order's lines name the nodes it held capacity on (a node without a line held nothing). */
    private void releaseHolds(String orderId) {
        queries.query(new FindOrderQuery(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)).join()
                .ifPresent(order -> order.quote().lines().stream().map(QuoteLine::nodeId).distinct()
                        .forEach(nodeId -> commands.sendAndWait(new ReleaseNodeCapacityHoldCommand(nodeId, orderId))));
    }
}
