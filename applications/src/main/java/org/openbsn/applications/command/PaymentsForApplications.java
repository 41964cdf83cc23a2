package org.openbsn.applications.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.openbsn.applications.api.ConfirmApplicationPaymentCommand;
import org.openbsn.applications.api.ConfirmRenewalPaymentCommand;
import org.openbsn.applications.api.PaymentForReplacedOrderEvent;
import org.openbsn.applications.api.RecordApplicationPaymentFailureCommand;
import org.openbsn.billing.api.PaymentConfirmedEvent;
import org.openbsn.billing.api.PaymentFailedEvent;
import org.openbsn.billing.api.RefundOrderCommand;
import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.error.Reason;
import org.springframework.stereotype.Component;

/** Tells an application that billing confirmed or failed its payment; the aggregate ignores repeats. */
@Component
@ProcessingGroup("application-payments")
class PaymentsForApplications {

    private final CommandGateway commands;

    PaymentsForApplications(CommandGateway commands) {
        this.commands = commands;
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
            commands.sendAndWait(new RecordApplicationPaymentFailureCommand(event.subject().subjectId(), event.orderId(),
                    event.reason()));
        }
    }
}
