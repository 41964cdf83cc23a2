package org.openbsn.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.UnitPrices;
import org.springframework.context.ConfigurableApplicationContext;

/** Quotes from nodes registered in the real node registry, then an order paid offline, invoiced, earned and refunded. */
class BillingIntegrationTest {

    private static ConfigurableApplicationContext context;
    private static Billing billing;
    private static CityNodes nodes;
    private static String ownerA;
    private static String ownerB;
    private static CityNodeView nodeA;
    private static CityNodeView nodeB;

    @BeforeAll
    static void start() {
        context = BillingTestApplication.start(Map.of("bsn.billing.platform-fee", "500.00",
                "bsn.billing.owner-share-percent", "70"), false);
        billing = context.getBean(Billing.class);
        nodes = context.getBean(CityNodes.class);
        ownerA = "owner-" + UUID.randomUUID();
        ownerB = "owner-" + UUID.randomUUID();
        nodeA = active(ownerA, "Alpha", new UnitPrices(Money.cny("100"), Money.cny("2.50"), Money.cny("30")));
        nodeB = active(ownerB, "Bravo", new UnitPrices(Money.cny("80"), Money.cny("3"), Money.cny("12.25")));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static CityNodeView active(String owner, String name, UnitPrices prices) {
        CityNodeView node = nodes.register(owner, new NodeDetails(name + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Shanghai", "East China", "Provider", "https://node.example.com/api"), new Capacity(500, 5000, 500), prices);
        return nodes.approve(node.nodeId(), "operator-1");
    }

    @Test
    void quotesEveryResourceOnEveryNodeForTheYearsPlusThePlatformFee() {
        Quote quote = billing.quote(List.of(new QuoteItem(nodeA.nodeId(), new Capacity(10, 200, 0)),
                new QuoteItem(nodeB.nodeId(), new Capacity(5, 0, 4))), 3, null);

        assertThat(quote.lines()).extracting(QuoteLine::nodeId, QuoteLine::resource, QuoteLine::quantity, QuoteLine::amount)
                .containsExactly(
                        tuple(nodeA.nodeId(), Resource.TPS, 10, Money.cny("3000.00")),
                        tuple(nodeA.nodeId(), Resource.STORAGE_GB, 200, Money.cny("1500.00")),
                        tuple(nodeB.nodeId(), Resource.TPS, 5, Money.cny("1200.00")),
                        tuple(nodeB.nodeId(), Resource.BANDWIDTH_MBPS, 4, Money.cny("147.00")));
        assertThat(quote.lines()).extracting(QuoteLine::payeeId).containsExactly(ownerA, ownerA, ownerB, ownerB);
        assertThat(quote.subtotal()).isEqualTo(Money.cny("5847.00"));
        assertThat(quote.platformFee()).isEqualTo(Money.cny("500.00"));
        assertThat(quote.total()).isEqualTo(Money.cny("6347.00"));
    }

    @Test
    void refusesWhatCannotBePricedNamingTheNodeAndField() {
        CityNodeView pending = nodes.register(ownerA, new NodeDetails("Pending-" + UUID.randomUUID().toString().substring(0, 8),
                "Wuhan", "Central", "Provider", "https://p.example.com/api"), new Capacity(10, 10, 10),
                new UnitPrices(Money.cny("1"), Money.cny("1"), Money.cny("1")));

        assertThat(violations(List.of(new QuoteItem("no-such-node", new Capacity(1, 0, 0))), 1))
                .containsExactly("items[0].nodeId: there is no city node no-such-node");
        assertThat(violations(List.of(new QuoteItem(pending.nodeId(), new Capacity(1, 0, 0))), 1))
                .containsExactly("items[0].nodeId: city node " + pending.details().name() + " is PENDING_APPROVAL, not active");
        assertThat(violations(List.of(new QuoteItem(nodeA.nodeId(), new Capacity(1, -5, 0))), 6))
                .containsExactly("years: must be between 1 and 5 years, not 6",
                        "items[0].capacity.storageGb: storage GB on city node " + nodeA.details().name() + " cannot be negative");
        assertThat(violations(List.of(), 0)).containsExactly("years: must be between 1 and 5 years, not 0",
                "items: choose at least one city node");
        assertThat(violations(List.of(new QuoteItem(nodeA.nodeId(), Capacity.NONE)), 1))
                .containsExactly("items: ask for some TPS, storage or bandwidth");
    }

    private static List<String> violations(List<QuoteItem> items, int years) {
        try {
            billing.quote(items, years, null);
        } catch (InvalidInputException refused) {
            return refused.violations().stream().map(v -> v.field() + ": " + v.englishMessage()).toList();
        }
        throw new AssertionError("The quote was not refused");
    }

    @Test
    void anOrderPaidOfflineIsInvoicedAndEarnsTheOwnersTheirShareUntilRefunded() {
        String buyer = "buyer-" + UUID.randomUUID();
        String orderId = "order-" + UUID.randomUUID();
        OrderSubject subject = new OrderSubject(SubjectKind.APPLICATION, "app-" + UUID.randomUUID());
        List<QuoteItem> items = List.of(new QuoteItem(nodeA.nodeId(), new Capacity(4, 0, 0)),
                new QuoteItem(nodeB.nodeId(), new Capacity(0, 10, 0)));

        OrderView placed = billing.placeApplicationOrder(orderId, buyer, subject, items, 1);
        assertThat(placed.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(placed.quote().total()).isEqualTo(Money.cny("930.00")); // 4 × 100 + 10 × 3 + 500
        assertThat(billing.placeApplicationOrder(orderId, buyer, subject, items, 1)).isEqualTo(placed);

        assertThat(billing.checkout(orderId, buyer, "/applications/" + subject.subjectId()))
                .isEqualTo("/checkout/offline/" + orderId + "?return=%2Fapplications%2F" + subject.subjectId());
        assertThatThrownBy(() -> billing.checkout(orderId, "intruder", "/"))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only the buyer of order " + orderId);

        OrderView paid = billing.payOffline(orderId, buyer, true);
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paidAt()).isNotNull();
        assertThat(billing.ordersOf(subject.subjectId())).extracting(OrderView::orderId).containsExactly(orderId);
        assertThatThrownBy(() -> billing.order(orderId, "intruder")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Order " + orderId + " belongs to another buyer");

        Await.until("the invoice is issued", () -> !billing.invoices(buyer).isEmpty(), Duration.ofSeconds(10));
        InvoiceView invoice = billing.invoices(buyer).get(0);
        assertThat(invoice.invoiceNumber()).matches("BSN-\\d{4}-\\d{6}");
        assertThat(invoice.total()).isEqualTo(Money.cny("930.00"));
        InvoiceDocument document = billing.invoiceDocument(invoice.invoiceNumber(), buyer).orElseThrow();
        String html = new String(document.content(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains(invoice.invoiceNumber(), buyer, "930.00 CNY", "500.00 CNY",
                "offline-" + orderId + "-1", nodeA.details().name());
        assertThatThrownBy(() -> billing.invoiceDocument(invoice.invoiceNumber(), "intruder"))
                .isInstanceOf(DomainException.class).hasMessageContaining("belongs to another buyer");

        Await.until("owner A's earning shows", () -> billing.earnings(ownerA).perOrder().stream()
                .anyMatch(e -> e.orderId().equals(orderId)), Duration.ofSeconds(10));
        OrderEarning earned = billing.earnings(ownerA).perOrder().stream().filter(e -> e.orderId().equals(orderId))
                .findFirst().orElseThrow();
        assertThat(earned.sales()).isEqualTo(Money.cny("400.00"));
        assertThat(earned.share()).isEqualTo(Money.cny("280.00")); // 70 %
        Money before = billing.earnings(ownerB).total();

        Reason why = Reason.verbatim("Channel creation failed");
        context.getBean(CommandGateway.class).sendAndWait(new RefundOrderCommand(orderId, why));
        context.getBean(CommandGateway.class).sendAndWait(new RefundOrderCommand(orderId, why));
        Await.until("the refund shows", () -> billing.order(orderId, buyer).orElseThrow().status() == OrderStatus.REFUNDED,
                Duration.ofSeconds(10));
        Await.until("owner B's earning is taken back", () -> billing.earnings(ownerB).total().compareTo(before) < 0,
                Duration.ofSeconds(10));
        assertThat(billing.earnings(ownerB).total()).isEqualTo(before.plus(Money.cny("-21.00"))); // 70 % of 30.00
        assertThat(billing.order(orderId, buyer).orElseThrow().statusReason()).isEqualTo(why);
    }

    @Test
    void anOwnerWithoutAConnectedAccountIsPaidOutOfflineOnceForEachEarning() {
        String owner = "owner-" + UUID.randomUUID();
        CityNodeView node = active(owner, "Payout", new UnitPrices(Money.cny("100"), Money.cny("1"), Money.cny("1")));
        String buyer = "buyer-" + UUID.randomUUID();
        String orderId = "order-" + UUID.randomUUID();
        billing.placeApplicationOrder(orderId, buyer, new OrderSubject(SubjectKind.APPLICATION, "app-" + UUID.randomUUID()),
                List.of(new QuoteItem(node.nodeId(), new Capacity(3, 0, 0))), 1);
        billing.checkout(orderId, buyer, "/");
        billing.payOffline(orderId, buyer, true);
        Await.until("the owner's earning shows", () -> billing.earnings(owner).total().isPositive(), Duration.ofSeconds(10));

        PayoutView payout = billing.requestPayout(owner);

        assertThat(payout.amount()).isEqualTo(Money.cny("210.00")); // 70 % of 3 × 100
        assertThat(payout.earnings()).isEqualTo(1);
        assertThat(payout.provider()).isEqualTo("offline");
        assertThat(payout.reference()).isEqualTo("offline-payout-" + payout.payoutId());
        assertThat(billing.payouts(owner)).containsExactly(payout);
        assertThat((Long) context.getBean(CommandGateway.class).sendAndWait(new RequestPayoutCommand(payout.payoutId(), owner)))
                .as("a re-delivered payout pays nothing more").isZero();
        assertThatThrownBy(() -> billing.requestPayout(owner)).isInstanceOf(DomainException.class)
                .hasMessageContaining("nothing to pay out");
        assertThatThrownBy(() -> billing.connectPayoutAccount(owner, "not-an-account"))
                .isInstanceOf(InvalidInputException.class);
    }
}
