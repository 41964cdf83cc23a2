package org.openbsn.billing.stripe;

import java.util.Map;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openbsn.billing.api.ConfirmPaymentCommand;
import org.openbsn.billing.api.FailPaymentCommand;
import org.openbsn.billing.payment.PaymentProvider;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe's webhook events, verified with the endpoint's signing secret and each applied once. The
 * order's commands are idempotent and ignore news of an attempt already settled, so events that
 * arrive late or out of order (an expiry after the payment) change nothing.
 */
class StripeWebhooks {

    /** What became of one delivery. */
    enum Outcome { APPLIED, REPEATED, REFUSED, NOT_CONFIGURED }

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    private final String secret;
    private final CommandGateway commands;
    private final JdbcClient jdbc;

    StripeWebhooks(String secret, CommandGateway commands, JdbcClient jdbc) {
        this.secret = secret;
        this.commands = commands;
        this.jdbc = jdbc;
    }

    Outcome receive(String payload, String signatureHeader) {
        if (secret == null || secret.isBlank()) {
            return Outcome.NOT_CONFIGURED;
        }
        Event event;
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader == null ? "" : signatureHeader, secret,
                    Webhook.DEFAULT_TOLERANCE);
            event = Webhook.constructEvent(payload, signatureHeader, secret);
        } catch (SignatureVerificationException e) {
            log.warn("Refused a Stripe webhook delivery: {}", e.getMessage());
            return Outcome.REFUSED;
        } catch (RuntimeException unreadable) {
            log.warn("Refused a signed but unreadable Stripe webhook delivery: {}", unreadable.getMessage());
            return Outcome.REFUSED;
        }
        if (seen(event.getId())) {
            return Outcome.REPEATED;
        }
        apply(event);
        jdbc.sql("insert into billing_stripe_event (event_id, event_type) values (:id, :type) on conflict do nothing")
                .param("id", event.getId()).param("type", event.getType()).update();
        return Outcome.APPLIED;
    }

    private boolean seen(String eventId) {
        return jdbc.sql("select count(*) from billing_stripe_event where event_id = :id").param("id", eventId)
                .query(Long.class).single() > 0;
    }

    private void apply(Event event) {
        switch (event.getType()) {
            case "checkout.session.completed" -> {
                Session session = session(event);
                if ("paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())) {
                    confirm(session);
                }
            }
            case "checkout.session.async_payment_succeeded" -> confirm(session(event));
            case "checkout.session.async_payment_failed" -> fail(session(event),
                    Reason.of("reason.payment.declined", "The payment was declined"));
            case "checkout.session.expired" -> fail(session(event), Reason.of("reason.payment.expired",
                    "The checkout expired before it was paid"));
            default -> log.debug("Ignored Stripe event {} of type {}", event.getId(), event.getType());
        }
    }

    private void confirm(Session session) {
        String orderId = orderId(session);
        if (orderId == null || session.getAmountTotal() == null || session.getCurrency() == null) {
            return;
        }
        send(new ConfirmPaymentCommand(orderId, PaymentProvider.STRIPE, session.getPaymentIntent(),
                StripePaymentProvider.fromMinorUnits(session.getAmountTotal(), session.getCurrency())));
    }

    private void fail(Session session, Reason reason) {
        String orderId = orderId(session);
        String attempt = session.getMetadata() == null ? null : session.getMetadata().get(StripePaymentProvider.ATTEMPT);
        if (orderId == null || attempt == null || !attempt.matches("\\d{1,9}")) {
            return;
        }
        send(new FailPaymentCommand(orderId, Integer.parseInt(attempt), reason));
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (DomainException refused) {
            // Stripe cannot change the answer by sending it again: say so in the log and take the event as handled
            log.warn("Stripe event not applied to an order: {}", refused.getMessage());
        }
    }

    private static String orderId(Session session) {
        Map<String, String> metadata = session.getMetadata();
        return metadata == null ? null : metadata.get(StripePaymentProvider.ORDER_ID);
    }

    /** The session in the event, whatever API version the endpoint is set to (only fields stable across versions are read). */
    private static Session session(Event event) {
        try {
            return (Session) event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalStateException("Stripe event " + event.getId() + " holds no readable checkout session", e);
        }
    }
}
