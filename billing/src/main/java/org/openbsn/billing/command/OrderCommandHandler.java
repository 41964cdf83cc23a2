package org.openbsn.billing.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.openbsn.billing.BillingProperties;
import org.openbsn.billing.api.*;
import org.openbsn.billing.payment.OfflinePaymentProvider;
import org.openbsn.billing.payment.PaymentProvider;
import org.openbsn.billing.quote.LicenceQuotes;
import org.openbsn.billing.quote.QuoteCalculator;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles the order commands that need more than the order itself: its price, the payment provider
 * or the invoice counter. Each answers the order's version (checkout: the URL to send the buyer to).
 */
@Component
class OrderCommandHandler {

    static final String ORDER_ID_PREFIX = "order-";
    private static final Logger log = LoggerFactory.getLogger(OrderCommandHandler.class);

    private final Repository<Order> orders;
    private final EventStore events;
    private final QuoteCalculator quotes;
    private final LicenceQuotes licenceQuotes;
    private final PaymentProvider provider;
    private final InvoiceNumbers invoiceNumbers;
    private final BillingProperties properties;

    OrderCommandHandler(Repository<Order> orders, EventStore events, QuoteCalculator quotes, LicenceQuotes licenceQuotes,
                        PaymentProvider provider, InvoiceNumbers invoiceNumbers, BillingProperties properties) {
        this.orders = orders;
        this.events = events;
        this.quotes = quotes;
        this.licenceQuotes = licenceQuotes;
        this.provider = provider;
        this.invoiceNumbers = invoiceNumbers;
        this.properties = properties;
    }

    @CommandHandler
    long handle(PlaceApplicationOrderCommand command) throws Exception {
        checkPlacement(command.orderId(), command.buyerId(), command.subject());
        if (exists(command.orderId())) {
            Aggregate<Order> existing = orders.load(command.orderId());
            existing.execute(order -> order.isSameOrder(command.buyerId(), command.subject(), command.years()));
            return existing.version(); // re-delivered: placed once, at the price it was placed at
        }
        Quote quote = quotes.quote(command.items(), command.years());
        return orders.newInstance(() -> new Order(command.orderId(), command.buyerId(), command.subject(), quote, now()))
                .version();
    }

    /** A licence order, priced from the marketplace's terms for the licence; placed again, it answers the same order. */
    @CommandHandler
    long handle(PlaceLicenceOrderCommand command) throws Exception {
        OrderSubject subject = new OrderSubject(SubjectKind.LICENCE, command.licenceId());
        checkPlacement(command.orderId(), command.buyerId(), subject);
        if (exists(command.orderId())) {
            Aggregate<Order> existing = orders.load(command.orderId());
            existing.execute(order -> order.isSameOrder(command.buyerId(), subject, order.quote().years()));
            return existing.version();
        }
        Quote quote = licenceQuotes.quote(command.licenceId());
        return orders.newInstance(() -> new Order(command.orderId(), command.buyerId(), subject, quote, now())).version();
    }

    @CommandHandler
    String handle(StartCheckoutCommand command) {
        ReturnUrls.require(command.returnUrl());
        Aggregate<Order> order = load(command.orderId());
        int attempt = order.invoke(o -> o.startCheckout(command.buyerId(), provider.name(), now(),
                properties.checkoutTimeout()));
        Quote quote = order.invoke(Order::quote);
        return provider.checkoutUrl(command.orderId(), attempt, command.buyerId(), quote, command.returnUrl());
    }

    @CommandHandler
    long handle(ConfirmPaymentCommand command) {
        Aggregate<Order> order = load(command.orderId());
        Instant now = now();
        order.execute(o -> o.confirm(command, invoiceNumber(now), payeeShare(order), now));
        return order.version();
    }

    @CommandHandler
    long handle(FailPaymentCommand command) {
        Aggregate<Order> order = load(command.orderId());
        order.execute(o -> o.fail(command));
        return order.version();
    }

    @CommandHandler
    long handle(PayOfflineCommand command) {
        if (!PaymentProvider.OFFLINE.equals(provider.name())) {
            throw new DomainException("payment.offline-disabled",
                    "Payments here are taken by " + provider.name() + "; the offline test payment is switched off");
        }
        Aggregate<Order> order = load(command.orderId());
        order.execute(o -> o.requireOfflinePayable(command.buyerId()));
        int attempt = order.invoke(Order::attempt);
        if (command.succeeds() && order.invoke(o -> o.checkoutExpired(now()))) {
            order.execute(o -> o.fail(new FailPaymentCommand(command.orderId(), attempt,
                    Reason.of("reason.payment.expired", "The checkout expired before it was paid"))));
        } else if (command.succeeds()) {
            Instant now = now();
            ConfirmPaymentCommand paid = new ConfirmPaymentCommand(command.orderId(), PaymentProvider.OFFLINE,
                    "offline-" + command.orderId() + "-" + attempt, order.invoke(Order::quote).total());
            order.execute(o -> o.confirm(paid, invoiceNumber(now), payeeShare(order), now));
        } else {
            order.execute(o -> o.fail(new FailPaymentCommand(command.orderId(), attempt, Reason.of(
                    "reason.payment.offline-declined", "The test payment was declined on the offline checkout page"))));
        }
        return order.version();
    }

    @CommandHandler
    long handle(RefundOrderCommand command) {
        if (command.reason() == null || command.reason().text().isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason", "rule.required",
                    "say why the order is refunded")));
        }
        Aggregate<Order> order = load(command.orderId());
        Order.RefundTarget target = order.invoke(Order::refundTarget);
        if (target == null) {
            return order.version(); // refunded already: never twice
        }
        String reference = providerFor(command.orderId(), target.provider())
                .refund(command.orderId(), target.paymentReference(), target.amount(), command.reason().text().strip());
        Instant now = now();
        Reason reason = command.reason().hasKey() ? command.reason() : Reason.verbatim(command.reason().text().strip());
        order.execute(o -> o.refund(reason, reference, () -> invoiceNumbers.nextCreditNote(now), now));
        log.info("Order {} refunded {} through {} ({})", command.orderId(), target.amount(), target.provider(), reference);
        return order.version();
    }

    private PaymentProvider providerFor(String orderId, String name) {
        if (provider.name().equals(name)) {
            return provider;
        }
        if (PaymentProvider.OFFLINE.equals(name)) {
            return new OfflinePaymentProvider(); // no money moved, so none moves back
        }
        throw new DomainException("refund.provider-unavailable", "Order " + orderId + " was paid through " + name
                + ", which this portal is not connected to; refund it there", orderId, name);
    }

    private int payeeShare(Aggregate<Order> order) {
        return properties.payeeSharePercent(order.invoke(Order::subjectKind));
    }

    /** Axon's clock, which the aggregate test fixture sets. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private Supplier<String> invoiceNumber(Instant now) {
        return () -> invoiceNumbers.next(now);
    }

    private Aggregate<Order> load(String orderId) {
        if (orderId == null || !exists(orderId)) {
            throw new DomainException("order.unknown", "There is no order " + orderId, orderId);
        }
        return orders.load(orderId);
    }

    /** Asks the event store rather than loading, which would log a warning for every new order. */
    private boolean exists(String orderId) {
        try {
            return events.lastSequenceNumberFor(orderId).isPresent();
        } catch (AggregateNotFoundException noEvents) {
            return false; // how an event store that cannot read an unknown stream (Axon's test fixture) says the same
        }
    }

    private static void checkPlacement(String orderId, String buyerId, OrderSubject subject) {
        List<FieldViolation> violations = new ArrayList<>();
        if (orderId == null || !orderId.startsWith(ORDER_ID_PREFIX)) {
            violations.add(FieldViolation.of("orderId", "rule.order-id", "must start with " + ORDER_ID_PREFIX,
                    ORDER_ID_PREFIX));
        }
        if (buyerId == null || buyerId.isBlank()) {
            violations.add(FieldViolation.of("buyerId", "rule.required", "name the buyer"));
        }
        if (subject == null || subject.kind() == null || subject.subjectId() == null || subject.subjectId().isBlank()) {
            violations.add(FieldViolation.of("subject", "rule.required", "name what the order pays for"));
        }
        InvalidInputException.throwIfAny(violations);
    }
}
