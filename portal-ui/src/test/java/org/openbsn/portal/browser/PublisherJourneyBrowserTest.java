package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * The publisher's journey in Chromium: design an application in the wizard, see the itemised
 * quote, pay on the test checkout, watch it go live step by step; a failed payment reserves
 * nothing; a participant applies and, once approved, finds the application among its own.
 */
class PublisherJourneyBrowserTest {

    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static String nodeName;
    private static String nodeId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of());
        browser = new PortalBrowser(portal.port(), PublisherJourneyBrowserTest.class.getSimpleName());
        String ownerId = portal.bean(Accounts.class).signUp("owner-" + UUID.randomUUID() + "@example.com", "Owner",
                PASSWORD, Set.of(Role.NODE_OWNER), "en").accountId();
        CityNodes nodes = portal.bean(CityNodes.class);
        nodeName = "Suzhou-" + UUID.randomUUID().toString().substring(0, 6);
        nodeId = TestNodes.active(nodes, ownerId, nodeName, "苏州", new Capacity(500, 1000, 100));
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

    @Test
    void aPublisherDesignsPaysAndWatchesTheApplicationGoLiveThenApprovesAParticipant() {
        Page page = browser.newVisitor();
        signUpAndIn(page, "Publisher");
        PublishWizardPage wizard = PublishWizardPage.open(browser, page)
                .basics("Tea traceability", "From garden to cup")
                .chooseNode(nodeName, nodeId, 0, 20, 10, 5)
                .endorsementAtLeast(2)
                .next();
        // one node chosen: no two organisations can endorse, and the wizard says so and stays
        assertThat(wizard.errorOf("wizard-endorsement-n"))
                .hasText("At least 2 organisations cannot endorse: only 1 city node(s) are chosen");
        wizard.endorsementAtLeast(1)
                .next()
                .addFunction("audit", "getHistory")
                .addRole("Auditor", "get", "audit")
                .next();
        assertThat(wizard.reviewEndorsement()).hasText("Endorsement: At least 1 of 1 node organisation(s)");
        assertThat(wizard.quoteCell(nodeName).first()).isVisible();
        assertThat(wizard.quoteCell("2,000.00 CNY")).isVisible(); // 20 TPS × 100.00 for one year
        assertThat(wizard.total()).containsText("CNY");
        browser.screenshot(page, "review");
        wizard.pay();

        OfflineCheckoutPage checkout = new OfflineCheckoutPage(page);
        assertThat(checkout.testBadge()).isVisible();
        assertThat(checkout.total()).containsText("CNY");
        browser.screenshot(page, "checkout");
        ApplicationDashboardPage dashboard = checkout.payForApplication();
        assertThat(dashboard.step("LIVE")).hasAttribute("data-done", "true",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(dashboard.status()).hasText("Live");
        assertThat(dashboard.step("CHANNEL_CREATED")).hasAttribute("data-done", "true");
        assertThat(dashboard.endorsement()).hasText("Endorsement: At least 1 of 1 node organisation(s)");
        assertThat(dashboard.channel()).containsText("Channel ch");
        // at least the genesis block is on a live channel's ledger, counted in words ("1 block", "3 blocks")
        assertThat(dashboard.channel()).containsText(Pattern.compile(", [1-9]\\d* blocks?\\."));
        assertThat(dashboard.peerCell(nodeName)).isVisible();
        assertThat(dashboard.chart()).isVisible();
        assertThat(dashboard.invoiceCell("BSN-").first()).isVisible();
        browser.screenshot(page, "live");

        ApplicationView live = portal.bean(Applications.class).live().stream()
                .filter(app -> app.design().name().equals("Tea traceability")).findFirst().orElseThrow();
        assertThat(live.design().roles()).extracting(role -> role.name()).contains("SysAdmin", "Auditor");
        assertThat(portal.bean(Applications.class).channel(live.channelId()).orElseThrow().endorsement())
                .as("the channel was created with the publisher's rule").isEqualTo(new Endorsement(Endorsement.Kind.AT_LEAST, 1));

        Page participantPage = browser.newVisitor();
        String participantEmail = signUpAndIn(participantPage, "Participant");
        participantPage.navigate(browser.url("applications/join"));
        participantPage.locator("#apply-" + live.appCode()).click();
        participantPage.locator("#apply-role").click();
        participantPage.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Auditor")).click();
        participantPage.locator("#apply-note textarea").fill("We audit tea gardens");
        participantPage.locator("#apply-send").click();
        assertThat(participantPage.locator("#join-applications vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("Applied"))).isVisible();

        String participantId = portal.bean(Accounts.class).findLogin(participantEmail).orElseThrow().accountId();
        page.navigate(browser.url("applications/" + live.applicationId()));
        assertThat(dashboard.participantCell("We audit tea gardens")).isVisible();
        dashboard.approve(participantId);
        assertThat(dashboard.participantCell("Member")).isVisible();

        String userCode = GatewayRules.userCodeOfAccount(participantId);
        Await.until("the approved participant is a member on the gateway",
                () -> portal.bean(GatewayAdministration.class).member(live.appCode(), userCode).isPresent(), Duration.ofSeconds(20));
        MyApplicationsPage mine = MyApplicationsPage.open(browser, participantPage);
        assertThat(mine.cell(live.channelId())).isVisible(); // the application's own channel, named after its appCode
        assertThat(mine.cell("Auditor")).isVisible();
        browser.screenshot(participantPage, "participant-member");
    }

    @Test
    void aFailedPaymentLeavesNothingReservedAndThePublisherCanPayAgain() {
        Page page = browser.newVisitor();
        signUpAndIn(page, "Publisher");
        Capacity reservedBefore = portal.bean(CityNodes.class).find(nodeId).orElseThrow().reserved();
        PublishWizardPage wizard = PublishWizardPage.open(browser, page)
                .basics("Cold chain", "")
                .chooseNode(nodeName, nodeId, 0, 30, 10, 5)
                .next()
                .next();
        assertThat(wizard.total()).containsText("CNY");
        wizard.pay();
        OfflineCheckoutPage checkout = new OfflineCheckoutPage(page);
        assertThat(checkout.testBadge()).isVisible();
        ApplicationDashboardPage dashboard = checkout.failForApplication();

        assertThat(dashboard.status()).hasText("Awaiting payment");
        assertThat(dashboard.reason()).not().isEmpty();
        assertThat(page.locator("#dashboard-pay")).isVisible();
        assertThat(dashboard.step("PAYMENT_CONFIRMED")).hasAttribute("data-done", "false");
        assertThat(portal.bean(CityNodes.class).find(nodeId).orElseThrow().reserved()).isEqualTo(reservedBefore);
        browser.screenshot(page, "payment-failed");
    }

    private static String signUpAndIn(Page page, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        LoginPage.open(browser, page).goToSignUp().signUp(email, role + " Person", PASSWORD, role).signIn(email, PASSWORD);
        return email;
    }
}
