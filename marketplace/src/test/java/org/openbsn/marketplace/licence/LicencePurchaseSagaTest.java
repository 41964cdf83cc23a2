package org.openbsn.marketplace.licence;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.*;

/** Buying a licence through billing: order placed (again after a refusal), granted when paid, revoked when refunded. */
class LicencePurchaseSagaTest {

    private static final String LICENCE = "lic-1";
    private static final String ORDER = "order-1";
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("1200.00"));
    private static final OrderSubject SUBJECT = new OrderSubject(SubjectKind.LICENCE, LICENCE);

    private SagaTestFixture<LicencePurchaseSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(LicencePurchaseSaga.class);
    }

    private static LicenceRequestedEvent requested(Pricing pricing, String orderId) {
        return new LicenceRequestedEvent(LICENCE, "pkg-trace", "Trace", "author-1", "publisher-1", LicenceScope.PUBLISHER,
                null, pricing, 1, orderId, AT);
    }

    private static OrderPlacedEvent placed() {
        Quote quote = new Quote(List.of(), 1, Money.cny("1200.00"), Money.cny("0"), Money.cny("1200.00"));
        return new OrderPlacedEvent(ORDER, "publisher-1", SUBJECT, quote, AT);
    }

    private static LicenceGrantedEvent granted() {
        return new LicenceGrantedEvent(LICENCE, "pkg-trace", "publisher-1", LicenceScope.PUBLISHER, null, AT, null);
    }

    @Test
    void aPaidLicencePlacesItsOrderAndWatchesThePlacement() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(YEARLY, ORDER))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceLicenceOrderCommand(ORDER, "publisher-1", LICENCE))
                .expectScheduledDeadlineWithName(LicencePurchaseSaga.PLACEMENT_RETRY, LicencePurchaseSaga.PLACEMENT_DEADLINE);
    }

    @Test
    void aPlacedOrderIsNotPlacedAgain() {
        fixture.givenAPublished(requested(YEARLY, ORDER))
                .whenPublishingA(placed())
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    private void refusePlacement() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof PlaceLicenceOrderCommand) {
                throw new DomainException("order.licence-unknown", "The marketplace knows no licence lic-1 waiting for payment");
            }
            return null;
        });
    }

    @Test
    void anOrderNotPlacedYetIsPlacedAgain() {
        refusePlacement();
        fixture.givenAPublished(requested(YEARLY, ORDER))
                .whenTimeElapses(LicencePurchaseSaga.PLACEMENT_RETRY)
                .expectDispatchedCommands(new PlaceLicenceOrderCommand(ORDER, "publisher-1", LICENCE))
                .expectScheduledDeadlineWithName(LicencePurchaseSaga.PLACEMENT_RETRY, LicencePurchaseSaga.PLACEMENT_DEADLINE);
    }

    @Test
    void afterTheLastRefusedPlacementTheLicenceIsRevokedWithBillingsReason() throws Exception {
        refusePlacement();
        ContinuedGivenState given = fixture.givenAPublished(requested(YEARLY, ORDER));
        for (int attempt = 2; attempt < LicencePurchaseSaga.PLACEMENT_ATTEMPTS; attempt++) {
            given = given.andThenTimeElapses(LicencePurchaseSaga.PLACEMENT_RETRY);
        }
        given.whenTimeElapses(LicencePurchaseSaga.PLACEMENT_RETRY)
                .expectDispatchedCommands(new PlaceLicenceOrderCommand(ORDER, "publisher-1", LICENCE),
                        new RevokeLicenceCommand(LICENCE, Reason.of("reason.licence.not-ordered",
                                "Its order could not be placed: The marketplace knows no licence lic-1 waiting for payment",
                                Reason.of("order.licence-unknown",
                                        "The marketplace knows no licence lic-1 waiting for payment"))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPaidOrderGrantsTheLicence() {
        fixture.givenAPublished(requested(YEARLY, ORDER)).andThenAPublished(placed())
                .whenPublishingA(new PaymentConfirmedEvent(ORDER, "publisher-1", SUBJECT, Money.cny("1200.00"), "offline",
                        "offline-order-1-1", AT))
                .expectDispatchedCommands(new GrantLicenceCommand(LICENCE));
    }

    @Test
    void onceGrantedItsBuyerBecomesALicenseeOfThePackageAndARefundIsStillWatched() {
        fixture.givenAPublished(requested(YEARLY, ORDER)).andThenAPublished(placed())
                .whenPublishingA(granted())
                .expectDispatchedCommands(new RecordLicenseeCommand("pkg-trace", LICENCE, "publisher-1"))
                .expectActiveSagas(1);
    }

    @Test
    void aRefundedOrderRevokesTheLicence() {
        fixture.givenAPublished(requested(YEARLY, ORDER)).andThenAPublished(placed()).andThenAPublished(granted())
                .whenPublishingA(new OrderRefundedEvent(ORDER, "publisher-1", SUBJECT, Money.cny("1200.00"), Reason.verbatim("asked by the buyer")))
                .expectDispatchedCommands(new RevokeLicenceCommand(LICENCE, Reason.of("reason.licence.refunded",
                        "Its order was refunded: asked by the buyer", Reason.verbatim("asked by the buyer"))));
    }

    @Test
    void theRevocationEndsThePurchase() {
        fixture.givenAPublished(requested(YEARLY, ORDER)).andThenAPublished(placed()).andThenAPublished(granted())
                .whenPublishingA(new LicenceRevokedEvent(LICENCE, "pkg-trace", "publisher-1", Reason.verbatim("refunded"), AT))
                .expectActiveSagas(0);
    }

    @Test
    void aFreeLicencePlacesNoOrder() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(Pricing.free(), null))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aFreeLicenceEndsThePurchaseOnceItsBuyerIsALicensee() {
        fixture.givenAPublished(requested(Pricing.free(), null))
                .whenPublishingA(granted())
                .expectDispatchedCommands(new RecordLicenseeCommand("pkg-trace", LICENCE, "publisher-1"))
                .expectActiveSagas(0);
    }
}
