package org.openbsn.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.stripe.Stripe;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.BillingTestApplication;
import org.openbsn.billing.MarketplaceTerms;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.UnitPrices;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Billing with Stripe configured, against a local server speaking Stripe's REST API, and webhook
 * deliveries signed as Stripe signs them, posted over HTTP to the module's webhook servlet in a real Tomcat.
 */
class StripePaymentsTest {

    private static final String SECRET = "whsec_test_" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static FakeStripe stripe;
    private static ConfigurableApplicationContext context;
    private static Billing billing;
    private static CityNodeView node;
    private static ServedWebhook served;
    private static URI webhook;
    private final HttpClient http = HttpClient.newHttpClient();
    private String buyer;
    private String orderId;

    @BeforeAll
    static void start() throws Exception {
        stripe = new FakeStripe();
        context = BillingTestApplication.start(Map.of(
                "bsn.billing.stripe.api-key", "sk_test_billing",
                "bsn.billing.stripe.webhook-secret", SECRET,
                "bsn.billing.stripe.api-base", stripe.baseUrl(),
                "bsn.billing.public-url", "https://portal.example.com"), false);
        billing = context.getBean(Billing.class);
        CityNodes nodes = context.getBean(CityNodes.class);
        node = nodes.register("owner-" + UUID.randomUUID(), new NodeDetails("Stripe-" + UUID.randomUUID().toString().substring(0, 8),
                "Shenzhen", "South China", "Provider", "https://sz.example.com/api"), new Capacity(100, 100, 100),
                new UnitPrices(Money.cny("99.99"), Money.cny("1"), Money.cny("1")));
        nodes.approve(node.nodeId(), "operator-1");
        served = new ServedWebhook(context.getBean("stripeWebhookServlet", ServletRegistrationBean.class).getServlet());
        webhook = served.uri();
    }

    @AfterAll
    static void stop() {
        served.close();
        context.close();
        stripe.close();
    }

    @BeforeEach
    void placeAnOrder() {
        buyer = "buyer-" + UUID.randomUUID();
        orderId = "order-" + UUID.randomUUID();
        billing.placeApplicationOrder(orderId, buyer, new OrderSubject(SubjectKind.APPLICATION, "app-" + UUID.randomUUID()),
                List.of(new QuoteItem(node.nodeId(), new Capacity(2, 0, 0))), 1); // 2 × 99.99 + 500 = 699.98
    }

    @Test
    void checkoutIsAStripeSessionInFenCreatedOncePerAttempt() {
        String url = billing.checkout(orderId, buyer, "/applications/mine");
        assertThat(billing.checkout(orderId, buyer, "/applications/mine")).isEqualTo(url);

        List<FakeStripe.Request> calls = calls("/v1/checkout/sessions");
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.idempotencyKey()).isEqualTo("checkout-" + orderId + "-1");
            assertThat(call.authorization()).isEqualTo("Bearer sk_test_billing");
        });
        Map<String, String> form = calls.get(0).form();
        assertThat(form).containsEntry("mode", "payment").containsEntry("metadata[order_id]", orderId)
                .containsEntry("metadata[attempt]", "1").containsEntry("line_items[0][price_data][currency]", "cny")
                .containsEntry("line_items[0][price_data][unit_amount]", "19998")
                .containsEntry("line_items[1][price_data][unit_amount]", "50000")
                .containsEntry("success_url", "https://portal.example.com/applications/mine");
        assertThat(url).isEqualTo(stripe.session(sessionId(url)).get("url"));
    }

    @Test
    void aPaidSessionPaysTheOrderOnceAndALateExpiryChangesNothing() throws Exception {
        String sessionId = sessionId(billing.checkout(orderId, buyer, "/"));
        String completed = event("checkout.session.completed", settled(sessionId, "complete", "paid"));

        assertThat(post(completed, "t=" + Instant.now().getEpochSecond() + ",v1=" + "0".repeat(64)).statusCode())
                .isEqualTo(400);
        assertThat(post(completed, StripeSignatures.header(completed, "whsec_someone_else", Instant.now().getEpochSecond()))
                .statusCode()).isEqualTo(400);
        assertThat(post(completed, StripeSignatures.header(completed, SECRET, Instant.now().minusSeconds(3600).getEpochSecond()))
                .statusCode()).as("a delivery signed an hour ago").isEqualTo(400);
        assertThat(post(completed.replace("\"livemode\":false", "\"livemode\":true"), signed(completed)).statusCode())
                .isEqualTo(400);
        assertThat(billing.order(orderId).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        HttpResponse<String> first = post(completed, signed(completed));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("applied");
        Await.until("the order is paid", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.PAID, PATIENCE);

        HttpResponse<String> replay = post(completed, signed(completed));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("repeated");
        String expired = event("checkout.session.expired", settled(sessionId, "expired", "unpaid"));
        assertThat(post(expired, signed(expired)).statusCode()).isEqualTo(200);

        Await.until("the invoice is issued", () -> !billing.invoices(buyer).isEmpty(), PATIENCE);
        assertThat(billing.invoices(buyer)).singleElement().satisfies(invoice -> {
            assertThat(invoice.provider()).isEqualTo("stripe");
            assertThat(invoice.paymentReference()).isEqualTo(stripe.session(sessionId).get("payment_intent"));
            assertThat(invoice.total()).isEqualTo(Money.cny("699.98"));
        });
        assertThat(billing.order(orderId).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aRefundGoesThroughStripeOnceWithItsIdempotencyKey() throws Exception {
        String sessionId = sessionId(billing.checkout(orderId, buyer, "/"));
        String completed = event("checkout.session.completed", settled(sessionId, "complete", "paid"));
        post(completed, signed(completed));
        Await.until("the order is paid", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.PAID, PATIENCE);

        CommandGateway commands = context.getBean(CommandGateway.class);
        commands.sendAndWait(new RefundOrderCommand(orderId, Reason.verbatim("Channel creation failed")));
        commands.sendAndWait(new RefundOrderCommand(orderId, Reason.verbatim("Channel creation failed")));

        List<FakeStripe.Request> refunds = calls("/v1/refunds");
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.idempotencyKey()).isEqualTo("refund-" + orderId);
            assertThat(refund.form()).containsEntry("payment_intent", (String) stripe.session(sessionId).get("payment_intent"))
                    .containsEntry("amount", "69998");
        });
        Await.until("the order is refunded", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.REFUNDED,
                PATIENCE);
    }

    @Test
    void anExpiredSessionFailsThePaymentAndTheBuyerGetsANewSession() throws Exception {
        String first = sessionId(billing.checkout(orderId, buyer, "/"));
        String expired = event("checkout.session.expired", settled(first, "expired", "unpaid"));
        assertThat(post(expired, signed(expired)).statusCode()).isEqualTo(200);
        Await.until("the payment failed", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.PAYMENT_FAILED,
                PATIENCE);
        assertThat(billing.order(orderId).orElseThrow().statusReason())
                .isEqualTo(Reason.of("reason.payment.expired", "The checkout expired before it was paid"));

        String second = sessionId(billing.checkout(orderId, buyer, "/"));
        assertThat(second).isNotEqualTo(first);
        assertThat(calls("/v1/checkout/sessions")).extracting(FakeStripe.Request::idempotencyKey)
                .containsExactly("checkout-" + orderId + "-1", "checkout-" + orderId + "-2");
        Await.until("the order awaits payment again",
                () -> billing.order(orderId).orElseThrow().status() == OrderStatus.AWAITING_PAYMENT, PATIENCE);
    }

    @Test
    void aLicenceOrderIsOneStripeLineWithoutPlatformFeeAndPaidEarnsTheAuthorAllButTheLicenceFee() throws Exception {
        String licenceId = "lic-" + UUID.randomUUID();
        String author = "author-" + UUID.randomUUID();
        context.getBean(MarketplaceTerms.class).offer(new LicenceTerms(licenceId, author, "pkg-trace", "Trace",
                Money.cny("1200.00"), 2));
        orderId = "order-" + UUID.randomUUID();
        billing.placeLicenceOrder(orderId, buyer, licenceId);

        String sessionId = sessionId(billing.checkout(orderId, buyer, "/marketplace/licences"));
        Map<String, String> form = calls("/v1/checkout/sessions").get(0).form();
        assertThat(form).containsEntry("line_items[0][price_data][unit_amount]", "240000")
                .containsEntry("line_items[0][price_data][product_data][name]", "Licence of Trace, 2 year(s)")
                .doesNotContainKey("line_items[1][price_data][unit_amount]");
        String completed = event("checkout.session.completed", settled(sessionId, "complete", "paid"));
        assertThat(post(completed, signed(completed)).statusCode()).isEqualTo(200);

        Await.until("the licence order is paid", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.PAID,
                PATIENCE);
        Await.until("the author's earning shows", () -> billing.earnings(author).total().isPositive(), PATIENCE);
        assertThat(billing.earnings(author).total()).isEqualTo(Money.cny("2160.00"));
        assertThat(billing.order(orderId).orElseThrow().subject()).isEqualTo(new OrderSubject(SubjectKind.LICENCE, licenceId));

        billing.connectPayoutAccount(author, "acct_1TestAuthor");
        PayoutView payout = billing.requestPayout(author);
        assertThat(payout.amount()).isEqualTo(Money.cny("2160.00"));
        assertThat(payout.provider()).isEqualTo("stripe");
        assertThat(stripe.requests("/v1/transfers")).filteredOn(r -> payout.payoutId().equals(r.form().get("metadata[payout_id]")))
                .singleElement().satisfies(transfer -> {
                    assertThat(transfer.idempotencyKey()).isEqualTo("payout-" + payout.payoutId());
                    assertThat(transfer.form()).containsEntry("amount", "216000").containsEntry("currency", "cny")
                            .containsEntry("destination", "acct_1TestAuthor");
                });
        assertThat(payout.reference()).startsWith("tr_test_");
        assertThat(billing.payouts(author)).extracting(PayoutView::payoutId).containsExactly(payout.payoutId());
    }

    private List<FakeStripe.Request> calls(String path) {
        return stripe.requests(path).stream().filter(r -> orderId.equals(r.form().get("metadata[order_id]"))).toList();
    }

    private static String sessionId(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> settled(String sessionId, String status, String paymentStatus) {
        Map<String, Object> session = new LinkedHashMap<>(stripe.session(sessionId));
        session.put("status", status);
        session.put("payment_status", paymentStatus);
        return session;
    }

    private static String event(String type, Map<String, Object> session) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
        event.put("object", "event");
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", Instant.now().getEpochSecond());
        event.put("data", Map.of("object", session));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("type", type);
        return StripeJson.write(event);
    }

    private static String signed(String payload) {
        return StripeSignatures.header(payload, SECRET, Instant.now().getEpochSecond());
    }

    private HttpResponse<String> post(String payload, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .header("Stripe-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
