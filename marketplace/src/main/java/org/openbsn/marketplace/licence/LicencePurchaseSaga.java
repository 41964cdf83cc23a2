package org.openbsn.marketplace.licence;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.openbsn.billing.api.OrderPlacedEvent;
import org.openbsn.billing.api.OrderRefundedEvent;
import org.openbsn.billing.api.PaymentConfirmedEvent;
import org.openbsn.billing.api.PlaceLicenceOrderCommand;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Buys a licence through billing: places its order (retrying a few times, since billing asks the licence read model for
 * the terms and that may lag the request), grants it when the order is paid, revokes it when the order is refunded, and
 * tells the package its buyer holds a licence. Every command it sends is idempotent, so re-delivery never acts twice.
 */
@Saga
@ProcessingGroup("licence-purchase")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class LicencePurchaseSaga {

    static final String PLACEMENT_DEADLINE = "licence-order-placement";
    static final Duration PLACEMENT_RETRY = Duration.ofSeconds(1);
    static final int PLACEMENT_ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(LicencePurchaseSaga.class);

    @JsonIgnore
    private transient CommandGateway commands;
    @JsonIgnore
    private transient DeadlineManager deadlines;

    private String licenceId;
    private String packageId;
    private String buyerId;
    private String orderId;
    private int placementAttempts;
    private boolean placed;

    @StartSaga
    @SagaEventHandler(associationProperty = "licenceId")
    void on(LicenceRequestedEvent event) {
        licenceId = event.licenceId();
        packageId = event.packageId();
        buyerId = event.buyerId();
        orderId = event.orderId();
        if (orderId != null) {
            SagaLifecycle.associateWith("orderId", orderId);
            placeOrder();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlacedEvent event) {
        placed = true;
        deadlines.cancelAllWithinScope(PLACEMENT_DEADLINE);
    }

    @DeadlineHandler(deadlineName = PLACEMENT_DEADLINE)
    void onPlacementDeadline() {
        if (!placed) {
            placeOrder();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentConfirmedEvent event) {
        send(new GrantLicenceCommand(licenceId));
    }

    @SagaEventHandler(associationProperty = "licenceId")
    void on(LicenceGrantedEvent event) {
        send(new RecordLicenseeCommand(packageId, licenceId, buyerId));
        if (orderId == null) {
            SagaLifecycle.end(); // free: nothing can be refunded
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRefundedEvent event) {
        send(new RevokeLicenceCommand(licenceId, Reason.of("reason.licence.refunded",
                "Its order was refunded: " + event.reason(), event.reason())));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "licenceId")
    void on(LicenceRevokedEvent event) {
        deadlines.cancelAllWithinScope(PLACEMENT_DEADLINE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "licenceId")
    void on(LicenceExpiredEvent event) {
        deadlines.cancelAllWithinScope(PLACEMENT_DEADLINE);
    }

    /** Sends the order; while attempts remain a deadline sends it again unless it was placed, the last failure revokes. */
    private void placeOrder() {
        placementAttempts++;
        boolean last = placementAttempts >= PLACEMENT_ATTEMPTS;
        if (!last) {
            deadlines.schedule(PLACEMENT_RETRY, PLACEMENT_DEADLINE);
        }
        String licence = licenceId;
        commands.send(new PlaceLicenceOrderCommand(orderId, buyerId, licenceId)).whenComplete((result, failure) -> {
            if (failure != null && last) {
                commands.send(new RevokeLicenceCommand(licence, Reason.of("reason.licence.not-ordered",
                        "Its order could not be placed: " + Reason.of(failure), Reason.of(failure))));
            } else if (failure != null) {
                log.info("Order for licence {} not placed yet ({}); trying again", licence, messageOf(failure));
            }
        });
    }

    private void send(Object command) {
        commands.send(command).whenComplete((result, failure) -> {
            if (failure != null) {
                log.warn("Licence {}: {} failed: {}", licenceId, command.getClass().getSimpleName(), messageOf(failure));
            }
        });
    }

    private static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage();
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }
}
