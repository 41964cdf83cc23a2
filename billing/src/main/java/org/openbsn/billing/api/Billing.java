package org.openbsn.billing.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.springframework.stereotype.Component;

/**
 * Billing as the portal uses it: quotes, orders (for applications and licences), checkout, invoices, earnings and payouts. Only an order's buyer
 * may pay for it or see it and its invoices; each change returns the order as the read model shows it.
 */
@Component
public class Billing {

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final CommandGateway commands;

    public Billing(ReadYourWrites readYourWrites, QueryGateway queries, CommandGateway commands) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.commands = commands;
    }

    /**
     * The price of these resources for this many years for an application; bad input, or more than a node has free
     * (besides what the application holds itself), is refused naming the node and field.
     */
    public Quote quote(List<QuoteItem> items, int years, String applicationId) {
        return join(queries.query(new QuoteApplicationQuery(items, years, applicationId), Quote.class));
    }

    /** Places the order (priced by billing); placing the same order again answers it unchanged. */
    public OrderView placeApplicationOrder(String orderId, String buyerId, OrderSubject subject, List<QuoteItem> items,
                                           int years) {
        return change(new PlaceApplicationOrderCommand(orderId, buyerId, subject, items, years), orderId);
    }

    /** Places the order paying for a marketplace licence, priced from the marketplace's terms; placing it again answers it unchanged. */
    public OrderView placeLicenceOrder(String orderId, String buyerId, String licenceId) {
        return change(new PlaceLicenceOrderCommand(orderId, buyerId, licenceId), orderId);
    }

    /** Where to send the buyer's browser to pay: Stripe Checkout, or the offline test page. */
    public String checkout(String orderId, String buyerId, String returnUrl) {
        return commands.sendAndWait(new StartCheckoutCommand(orderId, buyerId, returnUrl));
    }

    /** On the offline test page: the buyer makes the payment succeed or fail. */
    public OrderView payOffline(String orderId, String buyerId, boolean succeeds) {
        return change(new PayOfflineCommand(orderId, buyerId, succeeds), orderId);
    }

    /** The buyer's order; another person is refused. */
    public Optional<OrderView> order(String orderId, String buyerId) {
        Optional<OrderView> order = order(orderId);
        order.ifPresent(o -> requireBuyer(o.buyerId(), buyerId, "Order " + orderId));
        return order;
    }

    /** Any order, for processes that act on it (publishing, renewals). */
    public Optional<OrderView> order(String orderId) {
        return join(queries.query(new FindOrderQuery(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)));
    }

    /** The orders of an application or licence, newest first. */
    public List<OrderView> ordersOf(String subjectId) {
        return join(queries.query(new FindOrdersBySubjectQuery(subjectId), ResponseTypes.multipleInstancesOf(OrderView.class)));
    }

    /** A buyer's own orders, newest first. */
    public List<OrderView> ordersOfBuyer(String buyerId) {
        return join(queries.query(new FindOrdersByBuyerQuery(buyerId), ResponseTypes.multipleInstancesOf(OrderView.class)));
    }

    /** A buyer's own invoices and credit notes, newest first. */
    public List<InvoiceView> invoices(String buyerId) {
        return join(queries.query(new FindInvoicesByBuyerQuery(buyerId), ResponseTypes.multipleInstancesOf(InvoiceView.class)));
    }

    /** The invoice as a printable file, for its buyer only. */
    public Optional<InvoiceDocument> invoiceDocument(String invoiceNumber, String buyerId) {
        Optional<InvoiceView> invoice = join(queries.query(new FindInvoiceQuery(invoiceNumber),
                ResponseTypes.optionalInstanceOf(InvoiceView.class)));
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        requireBuyer(invoice.get().buyerId(), buyerId, "Invoice " + invoiceNumber);
        return join(queries.query(new RenderInvoiceQuery(invoiceNumber),
                ResponseTypes.optionalInstanceOf(InvoiceDocument.class)));
    }

    /** The invoice or credit note as a PDF naming the buyer as {@code buyerName}, for its buyer only. */
    public Optional<InvoiceDocument> invoicePdf(String invoiceNumber, String buyerId, String buyerName) {
        Optional<InvoiceView> invoice = join(queries.query(new FindInvoiceQuery(invoiceNumber),
                ResponseTypes.optionalInstanceOf(InvoiceView.class)));
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        requireBuyer(invoice.get().buyerId(), buyerId, "Invoice " + invoiceNumber);
        return join(queries.query(new RenderInvoicePdfQuery(invoiceNumber, buyerName),
                ResponseTypes.optionalInstanceOf(InvoiceDocument.class)));
    }

    /** What a node owner has earned: in all, per node and per order. */
    public Earnings earnings(String ownerId) {
        return join(queries.query(new FindEarningsQuery(ownerId), Earnings.class));
    }

    /** Payouts to this payee go to their Stripe connected account ({@code acct_…}) from now on. */
    public void connectPayoutAccount(String payeeId, String stripeAccountId) {
        commands.sendAndWait(new ConnectPayoutAccountCommand(payeeId, stripeAccountId));
    }

    /** Pays the payee everything earned and not paid out yet; refused, saying so, when there is nothing. */
    public PayoutView requestPayout(String payeeId) {
        String payoutId = "payout-" + UUID.randomUUID();
        return readYourWrites.send(new RequestPayoutCommand(payoutId, payeeId), new FindPayoutQuery(payoutId),
                        PayoutView.class, PayoutView::version)
                .orElseThrow(() -> new IllegalStateException("Payout " + payoutId + " was made but is not yet readable"));
    }

    /** A payee's payouts, newest first. */
    public List<PayoutView> payouts(String payeeId) {
        return join(queries.query(new FindPayoutsQuery(payeeId), ResponseTypes.multipleInstancesOf(PayoutView.class)));
    }

    private OrderView change(Object command, String orderId) {
        return readYourWrites.send(command, new FindOrderQuery(orderId), OrderView.class, OrderView::version)
                .orElseThrow(() -> new IllegalStateException("Order " + orderId + " was saved but is not yet readable"));
    }

    private static void requireBuyer(String buyerId, String actorId, String what) {
        if (!buyerId.equals(actorId)) {
            throw new DomainException("billing.not-buyer", what + " belongs to another buyer; only its buyer may see it", what);
        }
    }

    /** Answers the query's result, or throws the handler's refusal itself rather than a wrapper. */
    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
