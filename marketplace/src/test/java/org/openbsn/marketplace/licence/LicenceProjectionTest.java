package org.openbsn.marketplace.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.FindLicenceTermsQuery;
import org.openbsn.billing.api.LicenceTerms;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.marketplace.api.*;

/** The licence read model, fed event by event against the real PostgreSQL, and redelivered events changing nothing. */
class LicenceProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("1200.00"));

    private final TestDatabase db = TestDatabase.get();
    private LicenceProjection licences;
    private String buyer;
    private String packageId;

    @BeforeEach
    void setUp() {
        licences = new LicenceProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
        buyer = "publisher-" + UUID.randomUUID();
        packageId = "pkg-" + UUID.randomUUID();
    }

    private String request(LicenceScope scope, String applicationId, Pricing pricing, Instant at) {
        String id = "lic-" + UUID.randomUUID();
        licences.on(new LicenceRequestedEvent(id, packageId, "Trace", "author-1", buyer, scope, applicationId, pricing, 2,
                "order-" + id, at), 0);
        return id;
    }

    private void grant(String id, LicenceScope scope, String applicationId, Instant until) {
        licences.on(new LicenceGrantedEvent(id, packageId, buyer, scope, applicationId, AT, until), 1);
    }

    @Test
    void aRequestedLicenceAwaitsPaymentAndGivesBillingItsTermsUntilGranted() {
        String id = request(LicenceScope.PUBLISHER, null, YEARLY, AT);

        LicenceView view = licences.handle(new FindLicenceQuery(id)).orElseThrow();
        assertThat(view.status()).isEqualTo(LicenceStatus.AWAITING_PAYMENT);
        assertThat(view.orderId()).isEqualTo("order-" + id);
        assertThat(view.pricing()).isEqualTo(YEARLY);
        assertThat(licences.handle(new FindLicenceTermsQuery(id)))
                .contains(new LicenceTerms(id, "author-1", packageId, "Trace", Money.cny("1200.00"), 2));
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, null))).isEmpty();

        grant(id, LicenceScope.PUBLISHER, null, AT.plusSeconds(3600));
        grant(id, LicenceScope.PUBLISHER, null, AT.plusSeconds(3600)); // redelivered
        assertThat(licences.handle(new FindLicenceQuery(id)).orElseThrow())
                .extracting(LicenceView::status, LicenceView::validUntil, LicenceView::version)
                .containsExactly(LicenceStatus.ACTIVE, AT.plusSeconds(3600), 1L);
        assertThat(licences.handle(new FindLicenceTermsQuery(id))).isEmpty();
    }

    @Test
    void aPublisherLicenceCoversEveryApplicationAndAnApplicationLicenceOnlyItsOwn() {
        String forApp = request(LicenceScope.APPLICATION, "app-1", YEARLY, AT);
        grant(forApp, LicenceScope.APPLICATION, "app-1", null);

        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, "app-1"))).map(LicenceView::licenceId)
                .contains(forApp);
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, "app-2"))).isEmpty();
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, ""))).map(LicenceView::licenceId)
                .contains(forApp);
        assertThat(licences.handle(new FindUsableLicenceQuery("someone-else", packageId, "app-1"))).isEmpty();

        String forAll = request(LicenceScope.PUBLISHER, null, YEARLY, AT.plusSeconds(1));
        grant(forAll, LicenceScope.PUBLISHER, null, null);
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, "app-2"))).map(LicenceView::licenceId)
                .contains(forAll);
        assertThat(licences.handle(new FindLicencesByBuyerQuery(buyer))).extracting(LicenceView::licenceId)
                .containsExactly(forAll, forApp);
    }

    @Test
    void expiredAndRevokedLicencesAreNotUsableAndSayWhy() {
        String expired = request(LicenceScope.PUBLISHER, null, YEARLY, AT);
        grant(expired, LicenceScope.PUBLISHER, null, AT.plusSeconds(60));
        assertThat(licences.endedBy(AT.plusSeconds(59))).doesNotContain(expired);
        assertThat(licences.endedBy(AT.plusSeconds(60))).contains(expired);
        licences.on(new LicenceExpiredEvent(expired, packageId, buyer, AT.plusSeconds(60)), 2);
        assertThat(licences.endedBy(AT.plusSeconds(60))).doesNotContain(expired);

        String revoked = request(LicenceScope.PUBLISHER, null, YEARLY, AT);
        grant(revoked, LicenceScope.PUBLISHER, null, null);
        licences.on(new LicenceRevokedEvent(revoked, packageId, buyer, Reason.verbatim("Its order was refunded: asked"), AT), 2);
        licences.on(new LicenceGrantedEvent(revoked, packageId, buyer, LicenceScope.PUBLISHER, null, AT, null), 1); // stale

        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, null))).isEmpty();
        assertThat(licences.handle(new FindLicenceQuery(revoked)).orElseThrow())
                .extracting(LicenceView::status, LicenceView::statusReason)
                .containsExactly(LicenceStatus.REVOKED, Reason.verbatim("Its order was refunded: asked"));
        assertThat(licences.handle(new FindLicenceQuery(expired)).orElseThrow().status()).isEqualTo(LicenceStatus.EXPIRED);
    }

    @Test
    void aYearlyLicencePastItsEndNoLongerCoversBeforeTheWatchExpiresIt() {
        String ended = request(LicenceScope.PUBLISHER, null, YEARLY, AT);
        grant(ended, LicenceScope.PUBLISHER, null, Instant.now().minusSeconds(1));
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, "app-1"))).isEmpty();
        assertThat(licences.publisherLicence(buyer, packageId)).isEmpty();

        String running = request(LicenceScope.PUBLISHER, null, YEARLY, AT);
        grant(running, LicenceScope.PUBLISHER, null, Instant.now().plusSeconds(3600));
        assertThat(licences.handle(new FindUsableLicenceQuery(buyer, packageId, "app-1"))).map(LicenceView::licenceId)
                .contains(running);
    }

    @Test
    void aFreeLicenceHasNoTermsForBilling() {
        String id = request(LicenceScope.PUBLISHER, null, Pricing.free(), AT);
        assertThat(licences.handle(new FindLicenceTermsQuery(id))).isEmpty();
    }
}
