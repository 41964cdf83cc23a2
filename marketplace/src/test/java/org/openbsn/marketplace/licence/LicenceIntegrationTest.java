package org.openbsn.marketplace.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.marketplace.api.*;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A publisher licenses listed packages with the real billing: a free one is active at once; a yearly one is ordered,
 * paid offline, invoiced with its licence line, earns its author 90 %, and is revoked when its order is refunded.
 */
class LicenceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static ConfigurableApplicationContext context;
    private static Licences licences;
    private static Billing billing;
    private static LicensablePackages packages;

    @BeforeAll
    static void start() {
        context = LicenceTestApplication.start(Map.of());
        licences = context.getBean(Licences.class);
        billing = context.getBean(Billing.class);
        packages = context.getBean(LicensablePackages.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** A package listed as the CORE context lists one: its aggregate's events, a version submitted at this pricing and approved. */
    private static String listed(String authorId, String name, Pricing pricing) {
        String packageId = "pkg-" + UUID.randomUUID();
        PackageManifest manifest = new PackageManifest(name, "Record and trace goods", "supply-chain", List.of(), "java",
                "Own use only", List.of(), List.of(), null);
        EventStore events = context.getBean(EventStore.class);
        context.getBean(TransactionManager.class).executeInTransaction(() -> events.publish(
                new GenericDomainEventMessage<>("ChaincodePackage", packageId, 0,
                        new PackageVersionSubmittedEvent(packageId, authorId, "1.0.0", "", manifest, pricing,
                                name.toLowerCase() + "_1.0.0:abc", "00", 1, Instant.now())),
                new GenericDomainEventMessage<>("ChaincodePackage", packageId, 1,
                        new PackageVersionApprovedEvent(packageId, "1.0.0", "operator-1", Instant.now()))));
        Await.until("package " + name + " is listed", () -> packages.listed(packageId).isPresent(), PATIENCE);
        return packageId;
    }

    @Test
    void aFreePackageIsLicensedAtOnceAndOnlyOnce() {
        String buyer = "publisher-" + UUID.randomUUID();
        String packageId = listed("author-" + UUID.randomUUID(), "Ledger", Pricing.free());

        LicenceView licence = licences.requestLicence(buyer, packageId, LicenceScope.PUBLISHER, null, 1);

        assertThat(licence.status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.orderId()).isNull();
        assertThat(licence.validUntil()).isNull();
        assertThat(licences.usableLicence(buyer, packageId, "any-application")).map(LicenceView::licenceId)
                .contains(licence.licenceId());
        assertThat(licences.licencesOf(buyer)).extracting(LicenceView::licenceId).containsExactly(licence.licenceId());
        assertThatThrownBy(() -> licences.requestLicence(buyer, packageId, LicenceScope.APPLICATION, "app-1", 1))
                .isInstanceOf(DomainException.class).hasMessageContaining("You already hold licence " + licence.licenceId());
        assertThatThrownBy(() -> licences.licence(licence.licenceId(), "intruder"))
                .isInstanceOf(DomainException.class).hasMessageContaining("belongs to another buyer");
        assertThat(billing.ordersOfBuyer(buyer)).isEmpty();
    }

    @Test
    void aYearlyLicenceIsPaidThroughBillingEarnsItsAuthorAndIsRevokedWhenRefunded() {
        String buyer = "publisher-" + UUID.randomUUID();
        String author = "author-" + UUID.randomUUID();
        String packageId = listed(author, "Trace", new Pricing(PriceType.YEARLY, Money.cny("1200.00")));

        LicenceView requested = licences.requestLicence(buyer, packageId, LicenceScope.APPLICATION, "app-1", 2);
        assertThat(requested.status()).isEqualTo(LicenceStatus.AWAITING_PAYMENT);
        OrderView order = billing.order(requested.orderId(), buyer).orElseThrow();
        assertThat(order.subject()).isEqualTo(new OrderSubject(SubjectKind.LICENCE, requested.licenceId()));
        assertThat(order.quote().lines()).singleElement().satisfies(line -> {
            assertThat(line.resource()).isEqualTo(Resource.LICENCE);
            assertThat(line.nodeName()).isEqualTo("Trace");
            assertThat(line.payeeId()).isEqualTo(author);
            assertThat(line.amount()).isEqualTo(Money.cny("2400.00"));
        });
        assertThat(order.quote().platformFee()).isEqualTo(Money.cny("0"));
        assertThat(order.quote().total()).isEqualTo(Money.cny("2400.00"));
        assertThat(licences.usableLicence(buyer, packageId, "app-1")).isEmpty();

        assertThat(billing.checkout(order.orderId(), buyer, "/marketplace/licences"))
                .startsWith("/checkout/offline/" + order.orderId());
        assertThat(billing.payOffline(order.orderId(), buyer, true).status()).isEqualTo(OrderStatus.PAID);

        Await.until("the licence is granted", () -> licences.licence(requested.licenceId(), buyer).orElseThrow().status()
                == LicenceStatus.ACTIVE, PATIENCE);
        LicenceView active = licences.licence(requested.licenceId(), buyer).orElseThrow();
        assertThat(active.validUntil()).isEqualTo(active.grantedAt().atOffset(ZoneOffset.UTC).plusYears(2).toInstant());
        assertThat(licences.usableLicence(buyer, packageId, "app-1")).isPresent();
        assertThat(licences.usableLicence(buyer, packageId, "app-2")).isEmpty();

        Await.until("the author's earning shows", () -> billing.earnings(author).total().isPositive(), PATIENCE);
        assertThat(billing.earnings(author).perOrder()).singleElement().satisfies(earning -> {
            assertThat(earning.nodeId()).isEqualTo(packageId);
            assertThat(earning.sales()).isEqualTo(Money.cny("2400.00"));
            assertThat(earning.share()).isEqualTo(Money.cny("2160.00")); // all but the 10 % licence fee
        });
        Await.until("the invoice is issued", () -> !billing.invoices(buyer).isEmpty(), PATIENCE);
        InvoiceView invoice = billing.invoices(buyer).get(0);
        String html = new String(billing.invoiceDocument(invoice.invoiceNumber(), buyer).orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Trace", "LICENCE", "2400.00 CNY");

        Reason mistake = Reason.verbatim("Bought by mistake");
        context.getBean(CommandGateway.class).sendAndWait(new RefundOrderCommand(order.orderId(), mistake));
        Await.until("the licence is revoked", () -> licences.licence(requested.licenceId(), buyer).orElseThrow().status()
                == LicenceStatus.REVOKED, PATIENCE);
        assertThat(licences.licence(requested.licenceId(), buyer).orElseThrow().statusReason())
                .isEqualTo(Reason.of("reason.licence.refunded", "Its order was refunded: Bought by mistake", mistake));
        assertThat(licences.usableLicence(buyer, packageId, "app-1")).isEmpty();
        Await.until("the author's earning is taken back", () -> !billing.earnings(author).total().isPositive(), PATIENCE);
    }

    @Test
    void aPackageNotListedCannotBeLicensed() {
        assertThatThrownBy(() -> licences.requestLicence("publisher-1", "pkg-nowhere", LicenceScope.PUBLISHER, null, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage("Package pkg-nowhere is not listed in the marketplace, so it cannot be licensed");
    }
}
