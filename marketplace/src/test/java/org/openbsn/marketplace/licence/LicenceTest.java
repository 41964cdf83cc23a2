package org.openbsn.marketplace.licence;

import static org.hamcrest.Matchers.containsString;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.marketplace.api.*;

/** A licence's life: refused with a reason, requested at the listed price, granted (free at once), expired, revoked. */
class LicenceTest {

    private static final Instant APPROVED = Instant.parse("2026-11-01T00:00:00Z");
    private static final Pricing YEARLY = new Pricing(PriceType.YEARLY, Money.cny("1200.00"));

    private final TestDatabase db = TestDatabase.get();
    private final LicensablePackages packages = new LicensablePackages(db.jdbc());
    private final LicenceProjection views = new LicenceProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
    private AggregateTestFixture<Licence> fixture;
    private String packageId;
    private String licenceId;
    private String buyer;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Licence.class);
        fixture.registerAnnotatedCommandHandler(new LicenceCommandHandler(fixture.getRepository(), fixture.getEventStore(),
                packages, views));
        packageId = "pkg-" + UUID.randomUUID();
        licenceId = "lic-" + UUID.randomUUID();
        buyer = "publisher-" + UUID.randomUUID();
    }

    /** CORE's events for a version of the package: submitted at this pricing and, when asked, approved. */
    private void version(String version, Pricing pricing, boolean approved, Instant approvedAt) {
        PackageManifest manifest = new PackageManifest("Trace", "Record and trace goods", "supply-chain", List.of(), "java",
                "Own use only", List.of(), List.of(), null);
        packages.on(new PackageVersionSubmittedEvent(packageId, "author-1", version, "", manifest, pricing,
                "trace_" + version + ":abc", "00", 1, approvedAt.minusSeconds(60)));
        if (approved) {
            packages.on(new PackageVersionApprovedEvent(packageId, version, "operator-1", approvedAt));
        }
    }

    private RequestLicenceCommand request(LicenceScope scope, String applicationId, int years) {
        return new RequestLicenceCommand(licenceId, packageId, buyer, scope, applicationId, years, "order-" + licenceId);
    }

    private LicenceRequestedEvent requested(Pricing pricing, int years) {
        return new LicenceRequestedEvent(licenceId, packageId, "Trace", "author-1", buyer, LicenceScope.PUBLISHER, null,
                pricing, years, pricing.type() == PriceType.FREE ? null : "order-" + licenceId, fixture.currentTime());
    }

    private LicenceGrantedEvent granted(Instant until) {
        return new LicenceGrantedEvent(licenceId, packageId, buyer, LicenceScope.PUBLISHER, null, fixture.currentTime(), until);
    }

    @Test
    void aPaidLicenceIsRequestedAtThePriceOfTheLatestApprovedVersionAndWaitsForItsOrder() {
        version("1.0.0", new Pricing(PriceType.YEARLY, Money.cny("900.00")), true, APPROVED);
        version("1.1.0", YEARLY, true, APPROVED.plusSeconds(3600));
        version("2.0.0", new Pricing(PriceType.YEARLY, Money.cny("5000.00")), false, APPROVED.plusSeconds(7200));

        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.PUBLISHER, null, 2))
                .expectEvents(requested(YEARLY, 2))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aFreeLicenceIsGrantedAtOnceForGood() {
        version("1.0.0", Pricing.free(), true, APPROVED);

        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.PUBLISHER, "ignored-for-publisher-scope", 1))
                .expectEvents(requested(Pricing.free(), 1), granted(null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void requestingTheSameLicenceAgainChangesNothing() {
        version("1.0.0", YEARLY, true, APPROVED);
        fixture.given(requested(YEARLY, 2))
                .when(request(LicenceScope.PUBLISHER, null, 2))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
        fixture.given(requested(YEARLY, 2))
                .when(request(LicenceScope.PUBLISHER, null, 3))
                .expectException(refusedWith("licence.id-taken"));
    }

    @Test
    void refusesAPackageWithoutAnApprovedVersion() {
        version("1.0.0", YEARLY, false, APPROVED);

        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.PUBLISHER, null, 1))
                .expectException(refusedWith("licence.not-listed"))
                .expectExceptionMessage("Package " + packageId + " is not listed in the marketplace, so it cannot be licensed")
                .expectNoEvents();
    }

    @Test
    void refusesYearsOutsideOneToFiveForYearlyAndOtherThanOneOtherwise() {
        version("1.0.0", YEARLY, true, APPROVED);
        for (int years : new int[] {0, 6}) {
            fixture.givenNoPriorActivity()
                    .when(request(LicenceScope.PUBLISHER, null, years))
                    .expectException(invalidField("years", "licence.years-range"))
                    .expectNoEvents();
        }
        version("1.1.0", new Pricing(PriceType.ONE_OFF, Money.cny("300.00")), true, APPROVED.plusSeconds(60));
        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.PUBLISHER, null, 2))
                .expectException(invalidField("years", "licence.years-once"))
                .expectNoEvents();
    }

    @Test
    void refusesAnApplicationLicenceWithoutItsApplication() {
        version("1.0.0", YEARLY, true, APPROVED);
        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.APPLICATION, " ", 1))
                .expectException(invalidField("applicationId", "licence.application-required"))
                .expectNoEvents();
    }

    @Test
    void refusesALicenceTheBuyerAlreadyHoldsActive() {
        version("1.0.0", YEARLY, true, APPROVED);
        String held = "lic-" + UUID.randomUUID();
        views.on(new LicenceRequestedEvent(held, packageId, "Trace", "author-1", buyer, LicenceScope.APPLICATION, "app-1",
                YEARLY, 1, "order-" + held, APPROVED), 0);
        views.on(new LicenceGrantedEvent(held, packageId, buyer, LicenceScope.APPLICATION, "app-1", APPROVED, null), 1);

        fixture.givenNoPriorActivity()
                .when(request(LicenceScope.APPLICATION, "app-1", 1))
                .expectException(refusedWith("licence.already-held"))
                .expectExceptionMessage(containsString("You already hold licence " + held + " of package Trace"));
        fixture.givenNoPriorActivity() // an application's licence does not cover all of the publisher's applications
                .when(request(LicenceScope.PUBLISHER, null, 1))
                .expectEvents(requested(YEARLY, 1));
    }

    @Test
    void aPaidYearlyLicenceIsGrantedOnceUntilItsYearsAreOver() {
        Instant until = fixture.currentTime().atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
        fixture.given(requested(YEARLY, 2))
                .when(new GrantLicenceCommand(licenceId))
                .expectEvents(granted(until));
        fixture.given(requested(YEARLY, 2), granted(until))
                .when(new GrantLicenceCommand(licenceId))
                .expectNoEvents();
    }

    @Test
    void aOneOffLicenceHasNoEnd() {
        Pricing once = new Pricing(PriceType.ONE_OFF, Money.cny("300.00"));
        fixture.given(requested(once, 1))
                .when(new GrantLicenceCommand(licenceId))
                .expectEvents(granted(null));
        fixture.given(requested(once, 1), granted(null))
                .when(new ExpireLicenceCommand(licenceId))
                .expectNoEvents();
    }

    @Test
    void expiresOnlyOnceItsYearsAreOver() {
        Instant until = fixture.currentTime().plus(Duration.ofDays(1));
        fixture.given(requested(YEARLY, 1), granted(until))
                .when(new ExpireLicenceCommand(licenceId))
                .expectNoEvents();
        Instant ended = fixture.currentTime().minus(Duration.ofDays(1));
        fixture.given(requested(YEARLY, 1), granted(ended))
                .when(new ExpireLicenceCommand(licenceId))
                .expectEvents(new LicenceExpiredEvent(licenceId, packageId, buyer, fixture.currentTime()));
        fixture.given(requested(YEARLY, 1), granted(ended), new LicenceExpiredEvent(licenceId, packageId, buyer, ended))
                .when(new ExpireLicenceCommand(licenceId))
                .expectNoEvents();
    }

    @Test
    void aRevokedLicenceIsRevokedOnceAndNeverGranted() {
        LicenceRevokedEvent revoked = new LicenceRevokedEvent(licenceId, packageId, buyer, Reason.verbatim("Its order was refunded: asked"),
                fixture.currentTime());
        fixture.given(requested(YEARLY, 1), granted(null))
                .when(new RevokeLicenceCommand(licenceId, Reason.verbatim(" Its order was refunded: asked ")))
                .expectEvents(revoked);
        fixture.given(requested(YEARLY, 1), revoked)
                .when(new RevokeLicenceCommand(licenceId, Reason.verbatim("again")))
                .expectNoEvents();
        fixture.given(requested(YEARLY, 1), revoked)
                .when(new GrantLicenceCommand(licenceId))
                .expectException(refusedWith("licence.revoked"));
    }
}
