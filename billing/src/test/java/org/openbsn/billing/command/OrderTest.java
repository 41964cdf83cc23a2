package org.openbsn.billing.command;

import static org.hamcrest.Matchers.containsString;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.TestNodes;
import org.openbsn.billing.api.*;
import org.openbsn.billing.payment.OfflinePaymentProvider;
import org.openbsn.billing.quote.LicenceQuotes;
import org.openbsn.billing.quote.QuoteCalculator;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.Capacity;

/** The order's life: placed at billing's price, paid (perhaps after a failure), invoiced, refunded once. */
class OrderTest {

    private static final String BUYER = "buyer-1";
    private static final java.time.Duration CHECKOUT = java.time.Duration.ofMinutes(60);
    private static final OrderSubject SUBJECT = new OrderSubject(SubjectKind.APPLICATION, "app-1");
    private static final List<QuoteItem> ITEMS = List.of(
            new QuoteItem(TestNodes.SHANGHAI, new Capacity(10, 100, 0)),
            new QuoteItem(TestNodes.BEIJING, new Capacity(2, 0, 4)));

    private final TestDatabase db = TestDatabase.get();
    private final QuoteCalculator quotes = new QuoteCalculator(TestNodes.directory(), TestNodes.properties());
    private AggregateTestFixture<Order> fixture;
    private String orderId;
    private Quote quote;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerAnnotatedCommandHandler(new OrderCommandHandler(fixture.getRepository(), fixture.getEventStore(), quotes,
                new LicenceQuotes(licenceId -> Optional.empty(), TestNodes.properties()), new OfflinePaymentProvider(), new InvoiceNumbers(db.jdbc()), TestNodes.properties()));
        orderId = "order-" + UUID.randomUUID();
        quote = quotes.quote(ITEMS, 2);
    }

    private PlaceApplicationOrderCommand place() {
        return new PlaceApplicationOrderCommand(orderId, BUYER, SUBJECT, ITEMS, 2);
    }

    private OrderPlacedEvent placed() {
        return new OrderPlacedEvent(orderId, BUYER, SUBJECT, quote, fixture.currentTime());
    }

    private CheckoutStartedEvent checkout(int attempt) {
        return new CheckoutStartedEvent(orderId, BUYER, attempt, "offline", fixture.currentTime().plus(CHECKOUT));
    }

    private PaymentConfirmedEvent confirmed() {
        return new PaymentConfirmedEvent(orderId, BUYER, SUBJECT, quote.total(), "offline", "offline-" + orderId + "-1",
                fixture.currentTime());
    }

    private EarningAccruedEvent shanghaiEarning() {
        // 10 TPS × 100 × 2 years + 100 GB × 2 × 2 years = 2400.00; 80 % of it
        return new EarningAccruedEvent(orderId, TestNodes.SHANGHAI_OWNER, TestNodes.SHANGHAI, "SH-1", Money.cny("2400.00"),
                80, Money.cny("1920.00"));
    }

    private EarningAccruedEvent beijingEarning() {
        // 2 TPS × 120.50 × 2 years + 4 Mbps × 25 × 2 years = 682.00; 80 % of it
        return new EarningAccruedEvent(orderId, TestNodes.BEIJING_OWNER, TestNodes.BEIJING, "BJ-1", Money.cny("682.00"),
                80, Money.cny("545.60"));
    }

    /** The number the next invoice gets: the year's counter is shared with every other test in this database. */
    private String nextInvoiceNumber() {
        int year = fixture.currentTime().atZone(ZoneOffset.UTC).getYear();
        long next = db.jdbc().sql("select coalesce(max(last_number), 0) + 1 from billing_invoice_counter where year = :year")
                .param("year", year).query(Long.class).single();
        return String.format("BSN-%d-%06d", year, next);
    }

    @Test
    void placesTheOrderAtBillingsOwnPrice() {
        fixture.givenNoPriorActivity()
                .when(place())
                .expectEvents(placed())
                .expectResultMessagePayload(0L);
    }

    @Test
    void placingTheSameOrderAgainPlacesNothingMore() {
        fixture.given(placed())
                .when(place())
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void refusesAnotherOrderUnderATakenId() {
        fixture.given(placed())
                .when(new PlaceApplicationOrderCommand(orderId, "buyer-2", SUBJECT, ITEMS, 2))
                .expectException(refusedWith("order.id-taken"))
                .expectNoEvents();
    }

    @Test
    void refusesAnOrderIdWithoutItsPrefix() {
        fixture.givenNoPriorActivity()
                .when(new PlaceApplicationOrderCommand("app-1", BUYER, SUBJECT, ITEMS, 2))
                .expectException(invalidField("orderId", "rule.order-id"));
    }

    @Test
    void checkoutSendsTheBuyerToTheOfflineTestPage() {
        fixture.given(placed())
                .when(new StartCheckoutCommand(orderId, BUYER, "/applications/app-1"))
                .expectEvents(checkout(1))
                .expectResultMessagePayload("/checkout/offline/" + orderId + "?return=%2Fapplications%2Fapp-1");
    }

    @Test
    void onlyTheBuyerMayCheckOut() {
        fixture.given(placed())
                .when(new StartCheckoutCommand(orderId, "someone-else", "/applications/app-1"))
                .expectException(refusedWith("order.not-buyer"))
                .expectExceptionMessage(containsString("Only the buyer of order " + orderId))
                .expectNoEvents();
    }

    @Test
    void returnsOnlyToPathsOfThisPortal() {
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)")) {
            fixture.given(placed())
                    .when(new StartCheckoutCommand(orderId, BUYER, elsewhere))
                    .expectException(invalidField("returnUrl", "rule.return-url"))
                    .expectNoEvents();
        }
    }

    @Test
    void payingIssuesTheInvoiceAndAccruesEachOwnersShare() {
        String invoiceNumber = nextInvoiceNumber();
        fixture.given(placed(), checkout(1))
                .when(new PayOfflineCommand(orderId, BUYER, true))
                .expectEvents(confirmed(),
                        new InvoiceIssuedEvent(invoiceNumber, orderId, BUYER, SUBJECT, 2, quote.lines(),
                                Money.cny("500.00"), Money.cny("3582.00"), "offline", "offline-" + orderId + "-1",
                                fixture.currentTime()),
                        shanghaiEarning(), beijingEarning());
    }

    @Test
    void aRedeliveredConfirmationPaysNothingTwice() {
        fixture.given(placed(), checkout(1), confirmed(), shanghaiEarning(), beijingEarning())
                .when(new ConfirmPaymentCommand(orderId, "offline", "offline-" + orderId + "-1", quote.total()))
                .expectNoEvents();
    }

    @Test
    void refusesAPaymentOfTheWrongAmount() {
        fixture.given(placed(), checkout(1))
                .when(new ConfirmPaymentCommand(orderId, "stripe", "pi_1", Money.cny("1.00")))
                .expectException(refusedWith("order.amount-mismatch"))
                .expectNoEvents();
    }

    @Test
    void aFailedPaymentCanBeRetriedWithANewAttempt() {
        PaymentFailedEvent failed = new PaymentFailedEvent(orderId, BUYER, SUBJECT, Reason.of(
                "reason.payment.offline-declined", "The test payment was declined on the offline checkout page"));
        fixture.given(placed(), checkout(1))
                .when(new PayOfflineCommand(orderId, BUYER, false))
                .expectEvents(failed);
        fixture.given(placed(), checkout(1), failed)
                .when(new StartCheckoutCommand(orderId, BUYER, "/applications/app-1"))
                .expectEvents(checkout(2));
        fixture.given(placed(), checkout(1), failed, checkout(2))
                .when(new FailPaymentCommand(orderId, 1, Reason.verbatim("expired")))
                .expectNoEvents();
    }

    @Test
    void anOrderIsNotPaidOfflineAfterItsCheckoutClosedAndANewCheckoutOpensANewAttempt() {
        CheckoutStartedEvent closed = new CheckoutStartedEvent(orderId, BUYER, 1, "offline",
                fixture.currentTime().minusSeconds(1));
        fixture.given(placed(), closed)
                .when(new PayOfflineCommand(orderId, BUYER, true))
                .expectEvents(new PaymentFailedEvent(orderId, BUYER, SUBJECT,
                        Reason.of("reason.payment.expired", "The checkout expired before it was paid")));
        fixture.given(placed(), closed)
                .when(new StartCheckoutCommand(orderId, BUYER, "/applications/app-1"))
                .expectEvents(checkout(2));
    }

    @Test
    void newsOfAFailureAfterThePaymentChangesNothing() {
        fixture.given(placed(), checkout(1), confirmed())
                .when(new FailPaymentCommand(orderId, 1, Reason.verbatim("The checkout expired before it was paid")))
                .expectNoEvents();
    }

    @Test
    void aPaidOrderIsRefundedOnceWithACreditNoteCancellingItsInvoiceAndItsEarningsTakenBack() {
        OrderRefundedEvent refunded = new OrderRefundedEvent(orderId, BUYER, SUBJECT, quote.total(),
                Reason.verbatim("Channel creation failed"));
        InvoiceIssuedEvent invoice = new InvoiceIssuedEvent("BSN-2026-000042", orderId, BUYER, SUBJECT, 2, quote.lines(),
                Money.cny("500.00"), Money.cny("3582.00"), "offline", "offline-" + orderId + "-1", fixture.currentTime());
        List<QuoteLine> credited = quote.lines().stream().map(line -> new QuoteLine(line.nodeId(), line.nodeName(),
                line.payeeId(), line.resource(), line.quantity(), line.unitPrice(), line.amount().times(-1))).toList();
        String creditNoteNumber = nextCreditNoteNumber();
        fixture.given(placed(), checkout(1), confirmed(), invoice, shanghaiEarning(), beijingEarning())
                .when(new RefundOrderCommand(orderId, Reason.verbatim(" Channel creation failed ")))
                .expectEvents(refunded,
                        new CreditNoteIssuedEvent(creditNoteNumber, "BSN-2026-000042", orderId, BUYER, SUBJECT, 2,
                                credited, Money.cny("-500.00"), Money.cny("-3582.00"), "offline", "offline-refund-" + orderId,
                                Reason.verbatim("Channel creation failed"), fixture.currentTime()),
                        new EarningReversedEvent(orderId, TestNodes.SHANGHAI_OWNER, TestNodes.SHANGHAI, Money.cny("1920.00")),
                        new EarningReversedEvent(orderId, TestNodes.BEIJING_OWNER, TestNodes.BEIJING, Money.cny("545.60")));
        fixture.given(placed(), checkout(1), confirmed(), invoice, shanghaiEarning(), beijingEarning(), refunded)
                .when(new RefundOrderCommand(orderId, Reason.verbatim("Channel creation failed")))
                .expectNoEvents();
    }

    /** The number the next credit note gets, in its own series. */
    private String nextCreditNoteNumber() {
        int year = fixture.currentTime().atZone(ZoneOffset.UTC).getYear();
        long next = db.jdbc().sql("select coalesce(max(last_number), 0) + 1 from billing_credit_note_counter where year = :year")
                .param("year", year).query(Long.class).single();
        return String.format("BSN-CN-%d-%06d", year, next);
    }

    @Test
    void anUnpaidOrderCannotBeRefunded() {
        fixture.given(placed(), checkout(1))
                .when(new RefundOrderCommand(orderId, Reason.verbatim("Channel creation failed")))
                .expectException(refusedWith("order.not-paid"))
                .expectExceptionMessage(containsString(orderId + " is not paid"));
    }

    @Test
    void anUnknownOrderIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new StartCheckoutCommand(orderId, BUYER, "/x"))
                .expectException(refusedWith("order.unknown"))
                .expectExceptionMessage("There is no order " + orderId);
    }

}
