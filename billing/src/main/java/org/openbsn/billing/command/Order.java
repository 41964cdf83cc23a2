package org.openbsn.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.billing.api.*;
import org.openbsn.billing.payment.PaymentProvider;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;

/** An order: placed at a price billing computed, paid (perhaps after failed attempts), perhaps refunded. */
@Aggregate
class Order {

    @AggregateIdentifier
    private String orderId;
    private String buyerId;
    private OrderSubject subject;
    private Quote quote;
    private OrderStatus status;
    private int attempt;
    private String provider;
    private String paymentReference;
    private String invoiceNumber;
    private Instant checkoutExpiresAt;
    private final Map<String, EarningAccruedEvent> earnings = new LinkedHashMap<>();

    Order() {
    }

    Order(String orderId, String buyerId, OrderSubject subject, Quote quote, Instant now) {
        apply(new OrderPlacedEvent(orderId, buyerId, subject, quote, now));
    }

    /** True when this order is placed again (a re-delivery); a different order under this id is refused. */
    boolean isSameOrder(String buyerId, OrderSubject subject, int years) {
        if (this.buyerId.equals(buyerId) && this.subject.equals(subject) && quote.years() == years) {
            return true;
        }
        throw new DomainException("order.id-taken", "Order " + orderId + " already exists for another buyer or subject",
                orderId);
    }

    /** Begins a payment attempt, or continues the current one while it is open; answers its number. */
    int startCheckout(String actorId, String providerName, Instant now, Duration timeout) {
        requireBuyer(actorId, "pay for");
        if (status == OrderStatus.PAID || status == OrderStatus.REFUNDED) {
            throw new DomainException("order.already-paid", "Order " + orderId + " is already paid", orderId);
        }
        if (attempt == 0 || status == OrderStatus.PAYMENT_FAILED || !providerName.equals(provider)
                || checkoutExpired(now)) {
            apply(new CheckoutStartedEvent(orderId, buyerId, attempt + 1, providerName, now.plus(timeout)));
        }
        return attempt;
    }

    /** After its checkout closed, an order is not paid offline: the capacity held for it may be someone else's by now. */
    boolean checkoutExpired(Instant now) {
        return checkoutExpiresAt != null && !now.isBefore(checkoutExpiresAt);
    }

    /** Records the payment unless it is recorded already; the invoice number is taken only when it is not. */
    void confirm(ConfirmPaymentCommand command, Supplier<String> invoiceNumber, int payeeSharePercent, Instant now) {
        if (status == OrderStatus.PAID || status == OrderStatus.REFUNDED) {
            return; // re-delivered confirmation: paid once, never twice
        }
        if (!quote.total().equals(command.amount())) {
            throw new DomainException("order.amount-mismatch", "Order " + orderId + " costs " + quote.total()
                    + " but the payment was " + command.amount(), orderId, quote.total(), command.amount());
        }
        apply(new PaymentConfirmedEvent(orderId, buyerId, subject, command.amount(), command.provider(),
                command.paymentReference(), now));
        apply(new InvoiceIssuedEvent(invoiceNumber.get(), orderId, buyerId, subject, quote.years(), quote.lines(),
                quote.platformFee(), quote.total(), command.provider(), command.paymentReference(), now));
        accrueEarnings(payeeSharePercent);
    }

    void fail(FailPaymentCommand command) {
        if (status != OrderStatus.AWAITING_PAYMENT || command.attempt() != attempt) {
            return; // late news of an attempt that was paid, already failed or superseded
        }
        apply(new PaymentFailedEvent(orderId, buyerId, subject, command.reason()));
    }

    void requireOfflinePayable(String actorId) {
        requireBuyer(actorId, "pay for");
        if (!PaymentProvider.OFFLINE.equals(provider)) {
            throw new DomainException("order.not-offline", "Order " + orderId + " is not being paid offline; start the checkout first",
                    orderId);
        }
    }

    int attempt() {
        return attempt;
    }

    Quote quote() {
        return quote;
    }

    SubjectKind subjectKind() {
        return subject.kind();
    }

    /** The payment to refund, or null when the order was refunded already; an unpaid order is refused. */
    RefundTarget refundTarget() {
        if (status == OrderStatus.REFUNDED) {
            return null;
        }
        if (status != OrderStatus.PAID) {
            throw new DomainException("order.not-paid", "Order " + orderId + " is not paid, so there is nothing to refund",
                    orderId);
        }
        return new RefundTarget(provider, paymentReference, quote.total());
    }

    /** The refund, and the credit note that cancels the order's invoice. */
    void refund(Reason reason, String refundReference, Supplier<String> creditNoteNumber, Instant now) {
        apply(new OrderRefundedEvent(orderId, buyerId, subject, quote.total(), reason));
        List<QuoteLine> credited = quote.lines().stream().map(line -> new QuoteLine(line.nodeId(), line.nodeName(),
                line.payeeId(), line.resource(), line.quantity(), line.unitPrice(), line.amount().times(-1))).toList();
        apply(new CreditNoteIssuedEvent(creditNoteNumber.get(), invoiceNumber, orderId, buyerId, subject, quote.years(),
                credited, quote.platformFee().times(-1), quote.total().times(-1), provider, refundReference, reason, now));
        earnings.values().forEach(e -> apply(new EarningReversedEvent(orderId, e.ownerId(), e.nodeId(), e.share())));
    }

    /** Each payee (a node's owner, a licence's author) earns its share of its lines. */
    private void accrueEarnings(int sharePercent) {
        Map<String, List<QuoteLine>> linesPerNode = new LinkedHashMap<>();
        quote.lines().forEach(line -> linesPerNode.computeIfAbsent(line.nodeId(), id -> new ArrayList<>()).add(line));
        for (List<QuoteLine> lines : linesPerNode.values()) {
            QuoteLine first = lines.get(0);
            Money sales = lines.stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow();
            BigDecimal share = sales.amount().multiply(BigDecimal.valueOf(sharePercent))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            apply(new EarningAccruedEvent(orderId, first.payeeId(), first.nodeId(), first.nodeName(), sales, sharePercent,
                    new Money(share, sales.currency())));
        }
    }

    private void requireBuyer(String actorId, String action) {
        if (!buyerId.equals(actorId)) {
            throw new DomainException("order.not-buyer", "Only the buyer of order " + orderId + " may " + action + " it",
                    orderId);
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        buyerId = event.buyerId();
        subject = event.subject();
        quote = event.quote();
        status = OrderStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(CheckoutStartedEvent event) {
        attempt = event.attempt();
        provider = event.provider();
        checkoutExpiresAt = event.expiresAt();
        status = OrderStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(PaymentConfirmedEvent event) {
        status = OrderStatus.PAID;
        provider = event.provider();
        paymentReference = event.paymentReference();
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        invoiceNumber = event.invoiceNumber();
    }

    @EventSourcingHandler
    void on(PaymentFailedEvent event) {
        status = OrderStatus.PAYMENT_FAILED;
    }

    @EventSourcingHandler
    void on(EarningAccruedEvent event) {
        earnings.put(event.nodeId(), event);
    }

    @EventSourcingHandler
    void on(OrderRefundedEvent event) {
        status = OrderStatus.REFUNDED;
    }

    /** A payment to give back: through which provider, its reference there, and how much. */
    record RefundTarget(String provider, String paymentReference, Money amount) {
    }
}
