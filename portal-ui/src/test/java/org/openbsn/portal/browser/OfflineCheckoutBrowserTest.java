package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.OrderSubject;
import org.openbsn.billing.api.QuoteItem;
import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.UnitPrices;
import org.openbsn.portal.support.Acting;
import org.openbsn.portal.support.PortalInstance;

/** The offline provider's TEST checkout in a real Chromium: a failed payment, a retry that pays, the invoice downloaded. */
class OfflineCheckoutBrowserTest {

    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;

    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static CityNodeView node;
    private static String ownerEmail;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of());
        browser = new PortalBrowser(portal.port(), OfflineCheckoutBrowserTest.class.getSimpleName());
        CityNodes nodes = portal.bean(CityNodes.class);
        ownerEmail = "owner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        String owner = portal.bean(Accounts.class).signUp(ownerEmail, "Zhou Min", PASSWORD, Set.of(Role.NODE_OWNER), "en")
                .accountId();
        node = Acting.as(() -> nodes.register(owner, new NodeDetails("Hangzhou-1", "Hangzhou",
                "Zhejiang", "Provider", "https://hz.example.com/api"), new Capacity(100, 1000, 100),
                new UnitPrices(Money.cny("150"), Money.cny("2"), Money.cny("20"))), Role.NODE_OWNER);
        Acting.as(() -> nodes.approve(node.nodeId(), "operator-1"), Role.OPERATOR);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private static String publisher(Page page) {
        String email = "pub-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        String accountId = portal.bean(Accounts.class).signUp(email, "Chen Jie", PASSWORD, Set.of(Role.PUBLISHER), "en")
                .accountId();
        LoginPage.open(browser, page).signIn(email, PASSWORD);
        return accountId;
    }

    @Test
    void aFailedTestPaymentCanBeRetriedAndThePaidOrderHasAnInvoiceToDownload() throws IOException {
        Billing billing = portal.bean(Billing.class);
        Page page = browser.newVisitor();
        String buyer = publisher(page);
        String orderId = "order-" + UUID.randomUUID();
        billing.placeApplicationOrder(orderId, buyer, new OrderSubject(SubjectKind.APPLICATION, "app-hz"),
                List.of(new QuoteItem(node.nodeId(), new Capacity(2, 10, 0))), 1); // 300 + 20 + 500

        OfflineCheckoutPage checkout = OfflineCheckoutPage.open(browser, page, billing.checkout(orderId, buyer, "/billing/orders"));
        assertThat(checkout.testBadge()).containsText("TEST");
        assertThat(checkout.total()).containsText("820.00 CNY");
        assertThat(checkout.line("Storage (GB)")).isVisible();
        browser.screenshot(page, "offline-checkout");
        OrdersPage orders = checkout.failPayment();
        assertThat(orders.orderCell("Payment failed")).isVisible();
        browser.screenshot(page, "payment-failed");

        orders = OfflineCheckoutPage.open(browser, page, billing.checkout(orderId, buyer, "/billing/orders")).pay();
        assertThat(orders.orderCell("Paid")).isVisible();
        Await.until("the invoice is issued", () -> !billing.invoices(buyer).isEmpty(), Duration.ofSeconds(10));
        InvoiceView invoice = billing.invoices(buyer).get(0);
        assertThat(orders.invoiceCell(invoice.invoiceNumber())).isVisible();
        browser.screenshot(page, "paid-with-invoice");
        Download download = orders.downloadInvoice(invoice.invoiceNumber());
        String html = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(html).contains("Invoice " + invoice.invoiceNumber(), "820.00 CNY", "Hangzhou-1");
        Download pdf = orders.downloadInvoicePdf(invoice.invoiceNumber());
        assertThat(pdf.suggestedFilename()).isEqualTo("invoice-" + invoice.invoiceNumber() + ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument parsed = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(parsed)).contains(
                    "Invoice 发票 " + invoice.invoiceNumber(), "Hangzhou-1", "Total, tax-free 合计（免税）: CNY 820.00");
        }
        page.context().close();

        Page owner = browser.newVisitor();
        Shell shell = LoginPage.open(browser, owner).signIn(ownerEmail, PASSWORD);
        shell.menuItem("Earnings").click();
        assertThat(owner.locator("#earnings-total")).hasText("Earned in all: 256.00 CNY"); // 80 % of 300 + 20
        assertThat(owner.locator("#earnings-per-order vaadin-grid-cell-content:visible:text-is(\"" + orderId + "\")"))
                .isVisible();
        browser.screenshot(owner, "owner-earnings");
        owner.context().close();
    }

    @Test
    void stripesWebhookPassesTheSignInAndAnswersThatStripeIsNotConfigured() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + portal.port() + "/billing/stripe/webhook"))
                .header("Content-Type", "application/json").header("Stripe-Signature", "t=1,v1=00")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        // not a redirect to the sign-in page, nor a CSRF refusal: the webhook's own answer in offline mode
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.body()).contains("not_configured");
    }

    @Test
    void someoneElseCannotPayOrSeeTheOrder() {
        Billing billing = portal.bean(Billing.class);
        Page buyerPage = browser.newVisitor();
        String buyer = publisher(buyerPage);
        String orderId = "order-" + UUID.randomUUID();
        billing.placeApplicationOrder(orderId, buyer, new OrderSubject(SubjectKind.APPLICATION, "app-x"),
                List.of(new QuoteItem(node.nodeId(), new Capacity(1, 0, 0))), 1);
        String url = billing.checkout(orderId, buyer, "/");

        Page intruder = browser.newVisitor();
        publisher(intruder);
        OfflineCheckoutPage checkout = OfflineCheckoutPage.open(browser, intruder, url);
        assertThat(checkout.refusal()).containsText("belongs to another buyer");
        assertThat(intruder.locator("#pay-test")).hasCount(0);
        buyerPage.context().close();
        intruder.context().close();
    }
}
