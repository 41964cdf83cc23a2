package org.openbsn.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openbsn.portal.support.Acting.as;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceDocument;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.OrderStatus;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CapacityRules;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * A whole portal: money matches what is possible. An order for more than a node has free is refused at the quote;
 * capacity is held while a buyer is at the checkout, given back when the payment fails, and taken over by the
 * paid order; a refunded order gets a credit note crediting its invoice, downloadable as PDF.
 */
class CheckoutCapacityIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static Applications applications;
    private static Billing billing;
    private static CityNodes nodes;
    private static Accounts accounts;
    private static String ownerId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of());
        applications = portal.bean(Applications.class);
        billing = portal.bean(Billing.class);
        nodes = portal.bean(CityNodes.class);
        accounts = portal.bean(Accounts.class);
        ownerId = signUp(Role.NODE_OWNER, "Owner");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void anOrderForMoreThanANodeHasFreeIsRefusedAtTheQuoteNamingTheNodeAndWhatIsFree() {
        String name = "杭州-" + UUID.randomUUID().toString().substring(0, 6);
        String node = chineseNode(name, new Capacity(570, 1000, 100));
        String publisher = signUp(Role.PUBLISHER, "Publisher");
        ApplicationView draft = draft(publisher, List.of(new NodeResources(node, new Capacity(5000, 10, 5))));

        InvalidInputException atQuote = catchThrowableOfType(InvalidInputException.class, () -> as(() ->
                applications.quote(draft.applicationId(), publisher, draft.design()), Role.PUBLISHER));
        assertThat(atQuote.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.messageKey()).isEqualTo(CapacityRules.NOT_FREE);
            assertThat(violation.arguments()).containsExactly(name, 570, 1000, 100);
        });

        DomainException atOrder = catchThrowableOfType(DomainException.class, () -> as(() ->
                applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()), Role.PUBLISHER));
        assertThat(atOrder.messageKey()).isEqualTo(CapacityRules.NOT_FREE);
        assertThat(atOrder.arguments()).containsExactly(name, 570, 1000, 100);
        assertThat(billing.ordersOfBuyer(publisher)).as("nothing was ordered, so nothing can be paid").isEmpty();
        assertThat(applications.find(draft.applicationId()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void capacityHeldAtTheCheckoutIsNotFreeIsGivenBackWhenThePaymentFailsAndIsTakenOverByThePaidOrder() {
        String name = "Ningbo-" + UUID.randomUUID().toString().substring(0, 6);
        String node = TestNodes.active(nodes, ownerId, name, "宁波", new Capacity(100, 1000, 100));
        String first = signUp(Role.PUBLISHER, "First");
        String second = signUp(Role.PUBLISHER, "Second");
        ApplicationView firstDraft = draft(first, List.of(new NodeResources(node, new Capacity(80, 10, 5))));
        ApplicationView secondDraft = draft(second, List.of(new NodeResources(node, new Capacity(50, 10, 5))));

        as(() -> applications.order(firstDraft.applicationId(), first, "/applications/" + firstDraft.applicationId()),
                Role.PUBLISHER);
        Await.until("the first buyer's checkout holds 80 TPS", () -> nodes.find(node).orElseThrow().free()
                .equals(new Capacity(20, 990, 95)), PATIENCE);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> as(() ->
                applications.quote(secondDraft.applicationId(), second, secondDraft.design()), Role.PUBLISHER));
        assertThat(refused.violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly(name, 20, 990, 95));
        Await.until("the first buyer, back from the checkout, is still quoted what it holds", () -> {
            try {
                return as(() -> applications.quote(firstDraft.applicationId(), first, firstDraft.design()), Role.PUBLISHER)
                        .total().equals(Money.cny("8570.00"));
            } catch (InvalidInputException notYet) {
                return false;
            }
        }, PATIENCE);

        String firstOrder = applications.find(firstDraft.applicationId()).orElseThrow().orderId();
        as(() -> billing.payOffline(firstOrder, first, false), Role.PUBLISHER);
        Await.until("the failed checkout gave its hold back", () -> nodes.find(node).orElseThrow().held()
                .equals(Capacity.NONE), PATIENCE);

        assertThat(as(() -> applications.quote(secondDraft.applicationId(), second, secondDraft.design()), Role.PUBLISHER)
                .total()).isEqualTo(Money.cny("5570.00"));
        as(() -> applications.order(secondDraft.applicationId(), second, "/applications/" + secondDraft.applicationId()),
                Role.PUBLISHER);
        String secondOrder = applications.find(secondDraft.applicationId()).orElseThrow().orderId();
        as(() -> billing.payOffline(secondOrder, second, true), Role.PUBLISHER);
        Await.until("the paid application is live", () -> applications.find(secondDraft.applicationId()).orElseThrow()
                .status() == ApplicationStatus.LIVE, PATIENCE);
        Await.until("its hold became its reservation", () -> {
            var view = nodes.find(node).orElseThrow();
            return view.held().equals(Capacity.NONE) && view.reserved().equals(new Capacity(50, 10, 5));
        }, PATIENCE);
    }

    @Test
    void aRefundedOrderGetsACreditNoteCreditingItsInvoiceAsPdf() throws IOException {
        String node = TestNodes.active(nodes, ownerId, "Suzhou-" + UUID.randomUUID().toString().substring(0, 6), "苏州",
                new Capacity(100, 1000, 100));
        String publisher = signUp(Role.PUBLISHER, "王小明");
        ApplicationView draft = draft(publisher, List.of(new NodeResources(node, new Capacity(10, 10, 5))));
        as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                Role.PUBLISHER);
        // the node stops serving between the checkout and the payment, so publishing fails and the order is refunded
        as(() -> nodes.suspend(node, "operator-1", "maintenance"), Role.OPERATOR);
        String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
        as(() -> billing.payOffline(orderId, publisher, true), Role.PUBLISHER);
        Await.until("the order is refunded", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.REFUNDED,
                PATIENCE);
        Await.until("the refund's credit note is listed", () -> billing.invoices(publisher).size() == 2, PATIENCE);

        List<InvoiceView> documents = billing.invoices(publisher);
        InvoiceView invoice = documents.stream().filter(d -> !d.creditNote()).findFirst().orElseThrow();
        InvoiceView credit = documents.stream().filter(InvoiceView::creditNote).findFirst().orElseThrow();
        assertThat(credit.invoiceNumber()).startsWith("BSN-CN-");
        assertThat(credit.credits()).isEqualTo(invoice.invoiceNumber());
        assertThat(credit.total()).isEqualTo(new Money(invoice.total().amount().negate(), "CNY"));
        assertThat(credit.orderId()).isEqualTo(orderId);

        InvoiceDocument pdf = billing.invoicePdf(credit.invoiceNumber(), publisher, "王小明").orElseThrow();
        try (PDDocument parsed = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(parsed)).contains(credit.invoiceNumber(), invoice.invoiceNumber(),
                    "王小明", "CNY -1,570.00");
        }
        Await.until("the node's held capacity is given back", () -> nodes.find(node).orElseThrow().held()
                .equals(Capacity.NONE), PATIENCE);
    }

    /** A node whose name is Chinese (its gateway's host cannot be). */
    private static String chineseNode(String name, Capacity capacity) {
        CityNodeView node = as(() -> nodes.register(ownerId, new NodeDetails(name, "杭州", "华东", "阿里云",
                "https://hz-" + UUID.randomUUID().toString().substring(0, 6) + ".example.cn"), capacity, TestNodes.PRICES),
                Role.NODE_OWNER);
        as(() -> nodes.approve(node.nodeId(), "operator-1"), Role.OPERATOR);
        return node.nodeId();
    }

    private static ApplicationView draft(String publisher, List<NodeResources> chosen) {
        return as(() -> {
            ApplicationView created = applications.createDraft(publisher, "Bills of lading", "Shipping documents");
            return applications.saveDraft(created.applicationId(), publisher, created.design().withNodes(chosen));
        }, Role.PUBLISHER);
    }

    private static String signUp(Role role, String name) {
        return accounts.signUp(UUID.randomUUID() + "@example.com", name, "correct horse battery", Set.of(role), "en")
                .accountId();
    }
}
