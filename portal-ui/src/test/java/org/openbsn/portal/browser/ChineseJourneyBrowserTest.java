package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Languages;
import org.openbsn.accounts.api.Role;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.SuspendCityNodeCommand;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * Each role's main pages in Simplified Chinese: after switching language, no page shows a
 * missing-translation marker, an English sentence or an English date, and nodes are named, not
 * numbered, including in a refusal and in why publishing failed.
 */
class ChineseJourneyBrowserTest {

    private static final String PASSWORD = "a good long password";
    private static final String OPERATOR = "operator@openbsn.test";
    private static final String OPERATOR_PASSWORD = "operator secret 1";
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static String ownerEmail;
    private static String ownerId;
    private static String nodeName;
    private static String nodeId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of(
                "bsn.operator.email", OPERATOR, "bsn.operator.password", OPERATOR_PASSWORD));
        browser = new PortalBrowser(portal.port(), ChineseJourneyBrowserTest.class.getSimpleName());
        ownerEmail = account("owner", Role.NODE_OWNER, Languages.SIMPLIFIED_CHINESE);
        ownerId = portal.bean(Accounts.class).findLogin(ownerEmail).orElseThrow().accountId();
        nodeName = "Suzhou-" + UUID.randomUUID().toString().substring(0, 4);
        nodeId = TestNodes.active(portal.bean(CityNodes.class), ownerId, nodeName, "苏州", new Capacity(50, 100, 20));
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
    void aPublisherWhoSwitchesToChineseReadsTheMainPagesAndTheWizardsRefusalsInChinese() {
        Page page = publisherInChinese();
        visit(page, "", "#sign-out");
        visit(page, "nodes", "#browse-nodes");
        visit(page, "nodes/find", "#search-results");
        visit(page, "applications", "#sign-out");
        visit(page, "marketplace", "#marketplace-search");
        visit(page, "marketplace/licences", "#sign-out");

        PublishWizardPage wizard = PublishWizardPage.open(browser, page);
        ChineseText.assertChinese(page, "the wizard's basics");
        wizard.basics("茶叶溯源", "从茶园到茶杯");
        wizard.chooseNode(nodeName, nodeId, 0, 60, 10, 5).next(); // the node has 50 TPS free
        assertThat(page.locator("#wizard-function-name")).isVisible();
        ChineseText.assertChinese(page, "the wizard's functions and roles");
        wizard.addFunction("audit", "getHistory").addRole("Auditor", "audit").next();
        Locator refusal = wizard.total();
        assertThat(refusal).containsText("TPS");
        assertThat(refusal).containsText(nodeName);
        browser.screenshot(page, "zh-wizard-refusal");
        ChineseText.assertChinese(page, "the quote's refusal of more TPS than the node has free", nodeId);
        wizard.back().back();
        page.locator("#wizard-node-0-tps input").fill("30");
        page.locator("#wizard-node-0-tps input").press("Tab");
        wizard.next().next();
        assertThat(wizard.quoteCell(nodeName).first()).isVisible();
        ChineseText.assertChinese(page, "the wizard's review and quote");
        assertThat(wizard.total()).containsText("¥");
        browser.screenshot(page, "zh-review");
    }

    @Test
    void whyPublishingFailedAndWhenEachStepFinishedReadInChinese() {
        Page page = publisherInChinese();
        String failingName = "Wuxi-" + UUID.randomUUID().toString().substring(0, 4);
        String failingId = TestNodes.active(portal.bean(CityNodes.class), ownerId, failingName, "无锡",
                new Capacity(50, 100, 20));
        PublishWizardPage wizard = PublishWizardPage.open(browser, page).basics("冷链", "");
        wizard.chooseNode(failingName, failingId, 0, 30, 10, 5).next();
        wizard.addFunction("audit", "getHistory").addRole("Auditor", "audit").next();
        assertThat(wizard.quoteCell(failingName).first()).isVisible();
        wizard.pay();
        OfflineCheckoutPage checkout = new OfflineCheckoutPage(page);
        assertThat(checkout.testBadge()).isVisible();
        ChineseText.assertChinese(page, "the checkout");
        // the capacity is held for this checkout; a node suspended before the payment still fails the publishing
        portal.bean(CommandGateway.class).sendAndWait(new SuspendCityNodeCommand(failingId, "operator-1", "maintenance"));
        ApplicationDashboardPage dashboard = checkout.payForApplication();
        assertThat(dashboard.reason()).hasText(Pattern.compile("\\S"), new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(dashboard.step("PAYMENT_CONFIRMED")).hasAttribute("data-done", "true");
        browser.screenshot(page, "zh-publishing-failed");
        ChineseText.assertChinese(page, "the dashboard of an application whose publishing failed", failingId);

        visit(page, "billing/orders", "#orders vaadin-grid-cell-content:visible >> nth=0");
    }

    @Test
    void aNodeOwnersPagesReadInChinese() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(ownerEmail, PASSWORD);
        visit(page, "", "#sign-out");
        visit(page, "nodes/mine", "#my-nodes vaadin-grid-cell-content:visible >> nth=0");
        visit(page, "nodes/mine/" + nodeId, "#sign-out");
        visit(page, "nodes/register", "#register-node");
        page.locator("#register-node").click();
        assertThat(page.locator("[invalid] [slot='error-message']").first()).isVisible();
        ChineseText.assertChinese(page, "the refusals of an empty node registration");
        visit(page, "billing/earnings", "#sign-out");
    }

    @Test
    void aChaincodeAuthorsPagesReadInChinese() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(account("author", Role.CHAINCODE_AUTHOR, Languages.SIMPLIFIED_CHINESE), PASSWORD);
        visit(page, "marketplace/upload", "#upload-package");
        visit(page, "marketplace/mine", "#sign-out");
    }

    @Test
    void aParticipantsAndAnOperatorsPagesReadInChinese() {
        Page participant = browser.newVisitor();
        LoginPage.open(browser, participant).signIn(account("participant", Role.PARTICIPANT, Languages.SIMPLIFIED_CHINESE),
                PASSWORD);
        visit(participant, "", "#sign-out");
        visit(participant, "gateway/applications", "#access-key-status");
        visit(participant, "applications/join", "#sign-out");
        visit(participant, "gateway/calls", "#recent-calls");

        Page operator = browser.newVisitor();
        LoginPage.open(browser, operator).signIn(OPERATOR, OPERATOR_PASSWORD).chooseLanguage("简体中文");
        assertThat(operator.locator("#sign-out")).hasText(CHINESE);
        visit(operator, "operator/nodes", "#tab-pending");
        operator.locator("#tab-all").click();
        assertThat(operator.locator("#node-approvals a").filter(new Locator.FilterOptions().setHasText(nodeName))).isVisible();
        ChineseText.assertChinese(operator, "all nodes for the operator");
        visit(operator, "operator/nodes/" + nodeId, "#node-history vaadin-grid-cell-content:visible >> nth=0");
        visit(operator, "operator/applications", "#sign-out");
        visit(operator, "operator/packages", "#sign-out");
        visit(operator, "operator/search", "#sign-out");
    }

    /** A publisher who signed up in English and switched the portal to Simplified Chinese. */
    private static Page publisherInChinese() {
        Page page = browser.newVisitor();
        Shell shell = LoginPage.open(browser, page).signIn(account("publisher", Role.PUBLISHER, Languages.ENGLISH), PASSWORD);
        shell.chooseLanguage("简体中文");
        assertThat(page.locator("#sign-out")).hasText(CHINESE);
        return page;
    }

    /** Opens {@code path}, waits for {@code ready}, and checks the page reads in Chinese. */
    private static void visit(Page page, String path, String ready) {
        page.navigate(browser.url(path));
        assertThat(page.locator("#sign-out")).isVisible();
        assertThat(page.locator(ready).first()).isVisible();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        browser.screenshot(page, "zh-" + (path.isEmpty() ? "home" : path.replaceAll("[^a-z]+", "-")));
        ChineseText.assertChinese(page, "/" + path, nodeId);
    }

    private static String account(String role, Role roleName, String language) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        portal.bean(Accounts.class).signUp(email, role + " 用户", PASSWORD, Set.of(roleName), language);
        return email;
    }
}
