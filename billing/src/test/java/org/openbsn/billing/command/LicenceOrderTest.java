package org.openbsn.billing.command;

import static org.hamcrest.Matchers.containsString;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;

/** A licence order: priced from the marketplace's terms, one line for the author, no platform fee; the author earns 90 %. */
class LicenceOrderTest {

    private static final String BUYER = "publisher-1";
    private static final String AUTHOR = "author-1";
    private static final String LICENCE = "lic-1";
    private static final OrderSubject SUBJECT = new OrderSubject(SubjectKind.LICENCE, LICENCE);
    private static final LicenceTerms TERMS = new LicenceTerms(LICENCE, AUTHOR, "pkg-trace", "Trace", Money.cny("1200.00"), 3);

    private final TestDatabase db = TestDatabase.get();
    private final Map<String, LicenceTerms> terms = Map.of(LICENCE, TERMS,
            "lic-free", new LicenceTerms("lic-free", AUTHOR, "pkg-free", "Free", Money.cny("0"), 1),
            "lic-long", new LicenceTerms("lic-long", AUTHOR, "pkg-trace", "Trace", Money.cny("10"), 9));
    private AggregateTestFixture<Order> fixture;
    private String orderId;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerAnnotatedCommandHandler(new OrderCommandHandler(fixture.getRepository(), fixture.getEventStore(),
                new QuoteCalculator(TestNodes.directory(), TestNodes.properties()),
                new LicenceQuotes(id -> Optional.ofNullable(terms.get(id)), TestNodes.properties()),
                new OfflinePaymentProvider(), new InvoiceNumbers(db.jdbc()), TestNodes.properties()));
        orderId = "order-" + UUID.randomUUID();
    }

    private Quote quote() {
        return new Quote(List.of(new QuoteLine("pkg-trace", "Trace", AUTHOR, Resource.LICENCE, 1, Money.cny("1200.00"),
                Money.cny("3600.00"))), 3, Money.cny("3600.00"), Money.cny("0"), Money.cny("3600.00"));
    }

    private OrderPlacedEvent placed() {
        return new OrderPlacedEvent(orderId, BUYER, SUBJECT, quote(), fixture.currentTime());
    }

    @Test
    void placesOneLineForTheAuthorAtTheMarketplacesPriceWithoutPlatformFee() {
        fixture.givenNoPriorActivity()
                .when(new PlaceLicenceOrderCommand(orderId, BUYER, LICENCE))
                .expectEvents(placed())
                .expectResultMessagePayload(0L);
    }

    @Test
    void placingTheSameLicenceOrderAgainPlacesNothingMore() {
        fixture.given(placed())
                .when(new PlaceLicenceOrderCommand(orderId, BUYER, LICENCE))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
        fixture.given(placed())
                .when(new PlaceLicenceOrderCommand(orderId, "publisher-2", LICENCE))
                .expectException(refusedWith("order.id-taken"));
    }

    @Test
    void refusesALicenceTheMarketplaceDoesNotAnswerFor() {
        fixture.givenNoPriorActivity()
                .when(new PlaceLicenceOrderCommand(orderId, BUYER, "lic-unknown"))
                .expectException(refusedWith("order.licence-unknown"))
                .expectExceptionMessage(containsString("knows no licence lic-unknown"))
                .expectNoEvents();
    }

    @Test
    void refusesTermsThatCannotBePaid() {
        fixture.givenNoPriorActivity()
                .when(new PlaceLicenceOrderCommand(orderId, BUYER, "lic-free"))
                .expectException(refusedWith("order.licence-price"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PlaceLicenceOrderCommand(orderId, BUYER, "lic-long"))
                .expectException(refusedWith("order.licence-years"))
                .expectNoEvents();
    }

    @Test
    void payingInvoicesTheLicenceLineAndTheAuthorEarnsAllButTheLicenceFee() {
        int year = fixture.currentTime().atZone(ZoneOffset.UTC).getYear();
        long next = db.jdbc().sql("select coalesce(max(last_number), 0) + 1 from billing_invoice_counter where year = :year")
                .param("year", year).query(Long.class).single();
        String invoiceNumber = String.format("BSN-%d-%06d", year, next);
        fixture.given(placed(), new CheckoutStartedEvent(orderId, BUYER, 1, "offline", null))
                .when(new PayOfflineCommand(orderId, BUYER, true))
                .expectEvents(
                        new PaymentConfirmedEvent(orderId, BUYER, SUBJECT, Money.cny("3600.00"), "offline",
                                "offline-" + orderId + "-1", fixture.currentTime()),
                        new InvoiceIssuedEvent(invoiceNumber, orderId, BUYER, SUBJECT, 3, quote().lines(), Money.cny("0"),
                                Money.cny("3600.00"), "offline", "offline-" + orderId + "-1", fixture.currentTime()),
                        new EarningAccruedEvent(orderId, AUTHOR, "pkg-trace", "Trace", Money.cny("3600.00"), 90,
                                Money.cny("3240.00")));
    }
}
