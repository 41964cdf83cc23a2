package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.portal.support.PortalInstance;

/** The first journey in a real Chromium: a node is listed, approved, and found by a publisher. */
class NodeJourneyBrowserTest {

    private static final String OPERATOR = "operator@openbsn.test";
    private static final String OPERATOR_PASSWORD = "operator secret 1";
    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;

    private static PortalInstance portal;
    private static PortalBrowser browser;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of(
                "bsn.operator.email", OPERATOR, "bsn.operator.password", OPERATOR_PASSWORD));
        browser = new PortalBrowser(portal.port(), NodeJourneyBrowserTest.class.getSimpleName());
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

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Shell signUpAndIn(Page page, String email, String name, String... roles) {
        LoginPage login = LoginPage.open(browser, page).goToSignUp().signUp(email, name, PASSWORD, roles);
        return login.signIn(email, PASSWORD);
    }

    @Test
    void ownerListsANodeOperatorApprovesItAndAPublisherFindsIt() {
        String nodeName = unique("Chengdu");
        String city = unique("Chengdu");

        Page ownerAgain = browser.newVisitor();
        String ownerEmail = unique("owner") + "@example.com";
        LoginPage login = LoginPage.open(browser, ownerAgain);
        browser.screenshot(ownerAgain, "login");
        SignUpPage signUp = login.goToSignUp();
        browser.screenshot(ownerAgain, "sign-up");
        Shell ownerShell = signUp.signUp(ownerEmail, "Zhang Wei", PASSWORD, "Node owner").signIn(ownerEmail, PASSWORD);
        assertThat(ownerShell.menuItem("My nodes")).isVisible();
        assertThat(ownerShell.menuItem("Node approvals")).hasCount(0);
        RegisterNodePage form = RegisterNodePage.open(browser, ownerAgain).fillValid(nodeName, city, "Sichuan");
        browser.screenshot(ownerAgain, "register-node");
        MyNodesPage mine = form.submit();
        assertThat(mine.cell(nodeName)).isVisible();
        assertThat(mine.cell("Awaiting approval")).isVisible();
        browser.screenshot(ownerAgain, "my-nodes-pending");
        new Shell(ownerAgain).signOut();

        Page operator = browser.newVisitor();
        LoginPage.open(browser, operator).signIn(OPERATOR, OPERATOR_PASSWORD);
        NodeApprovalsPage approvals = NodeApprovalsPage.open(browser, operator);
        assertThat(approvals.nodeLink(nodeName)).isVisible();
        browser.screenshot(operator, "approval-queue");
        approvals.approve(nodeName);
        browser.screenshot(operator, "approved");
        NodeDetailPage detail = approvals.showAll().openDetail(nodeName);
        assertThat(detail.history().filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Approved")))
                .isVisible();
        assertThat(detail.history().filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Zhang Wei")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(detail.organisation()).as("an approved node is a Fabric organisation of its own")
                .matches("MSP Node[0-9a-f]{32} · CA fingerprint \\(SHA-256\\) ([0-9A-F]{2}:){31}[0-9A-F]{2}");
        browser.screenshot(operator, "node-history");
        new Shell(operator).signOut();

        Page publisher = browser.newVisitor();
        signUpAndIn(publisher, unique("publisher") + "@example.com", "Li Na", "Publisher");
        BrowseNodesPage browse = BrowseNodesPage.open(browser, publisher).filterByCity(city.toLowerCase());
        assertThat(browse.summary()).hasText("1 active node(s)");
        assertThat(browse.cell(nodeName)).isVisible();
        browser.screenshot(publisher, "publisher-finds-node");
        browse.filterByCity(unique("Nowhere"));
        assertThat(browse.summary()).containsText("No active node matches");
        assertThat(browse.cell(nodeName).first()).isHidden();
        publisher.context().close();
        ownerAgain.context().close();
        operator.context().close();
    }

    @Test
    void aPublisherCannotOpenTheOperatorsApprovals() {
        Page publisher = browser.newVisitor();
        Shell shell = signUpAndIn(publisher, unique("pub") + "@example.com", "Wang Fang", "Publisher");
        assertThat(shell.menuItem("Node approvals")).hasCount(0);
        publisher.navigate(browser.url("operator/nodes"));
        assertThat(publisher.locator("#access-denied, #not-found")).isVisible();
        assertThat(publisher.locator("#node-approvals")).hasCount(0);
        assertThat(publisher.locator("#tab-pending")).hasCount(0);
        browser.screenshot(publisher, "publisher-denied");
        publisher.context().close();
    }

    @Test
    void aBadNodeFormNamesEachFieldAndSavesNothing() {
        Page owner = browser.newVisitor();
        signUpAndIn(owner, unique("owner") + "@example.com", "Liu Yang", "Node owner");
        RegisterNodePage form = RegisterNodePage.open(browser, owner)
                .fillValid(unique("Xian"), "Xi'an", "Shaanxi")
                .fill("name", "")
                .fill("gatewayUrl", "ftp://not-a-gateway")
                .fill("tps", "0")
                .fill("pricePerStorageGb", "0.001")
                .submitExpectingErrors();
        assertThat(form.errorOf("name")).hasText("Required");
        assertThat(form.errorOf("gatewayUrl")).containsText("http:// or https://");
        assertThat(form.errorOf("tps")).containsText("from 1 to 100,000");
        assertThat(form.errorOf("pricePerStorageGb")).containsText("0.01 CNY");
        assertThat(form.errorOf("city")).hasCount(0);
        browser.screenshot(owner, "bad-form");

        MyNodesPage mine = MyNodesPage.open(browser, owner);
        assertThat(mine.emptyNotice()).isVisible();
        owner.context().close();
    }

    @Test
    void aNameAlreadyUsedByTheSameOwnerIsRefusedOnTheNameField() {
        Page owner = browser.newVisitor();
        signUpAndIn(owner, unique("owner") + "@example.com", "Sun Li", "Node owner");
        String name = unique("Wuhan");
        RegisterNodePage.open(browser, owner).fillValid(name, "Wuhan", "Hubei").submit();
        RegisterNodePage again = RegisterNodePage.open(browser, owner).fillValid(name.toUpperCase(), "Wuhan", "Hubei")
                .submitExpectingErrors();
        assertThat(again.errorOf("name")).containsText("You already have a node named");
        browser.screenshot(owner, "duplicate-name");
        owner.context().close();
    }

    @Test
    void anOperatorWithAOneTimePasswordMustReplaceItFirst() {
        String email = unique("ops") + "@example.com";
        portal.bean(Accounts.class).openOperator(email, "Duty Operator", "one-time-secret", true);

        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(email, "one-time-secret");
        page.navigate(browser.url("operator/nodes"));
        ChangePasswordPage change = new ChangePasswordPage(page).shown();
        browser.screenshot(page, "one-time-password");
        change.change("one-time-secret", "short", "short");
        assertThat(change.errorOf("new-password")).containsText("Between 10 and 128 characters");
        change.change("one-time-secret", "my own operator password", "my own operator password");
        NodeApprovalsPage.open(browser, page);
        new Shell(page).signOut();
        page.context().close();

        Page later = browser.newVisitor();
        LoginPage login = LoginPage.open(browser, later);
        login.signInExpectingError(email, "one-time-secret");
        login.signIn(email, "my own operator password");
        NodeApprovalsPage.open(browser, later);
        later.context().close();
    }

    @Test
    void repeatedWrongPasswordsLockTheAddressEvenForTheRightOne() {
        String email = unique("guessed") + "@example.com";
        Page page = browser.newVisitor();
        LoginPage login = LoginPage.open(browser, page).goToSignUp().signUp(email, "Guo Jing", PASSWORD, "Publisher");
        for (int i = 0; i < 5; i++) {
            login.signInExpectingError(email, "wrong password " + i);
        }
        login.signInRefused(email, PASSWORD, "Too many failed sign-ins");
        assertThat(page.locator("#sign-out")).hasCount(0);
        browser.screenshot(page, "locked");
        page.context().close();
    }

    @Test
    void theLanguageAPersonChoosesIsRemembered() {
        Page page = browser.newVisitor();
        String email = unique("lang") + "@example.com";
        Shell shell = signUpAndIn(page, email, "Zhou Min", "Publisher");
        shell.chooseLanguage("简体中文");
        assertThat(new Shell(page).menuItem("浏览节点")).isVisible();
        browser.screenshot(page, "chinese");
        new Shell(page).signOut();
        page.context().close();

        Page later = browser.newVisitor();
        Shell again = LoginPage.open(browser, later).signIn(email, PASSWORD);
        assertThat(again.menuItem("浏览节点")).isVisible();
        later.context().close();
    }
}
