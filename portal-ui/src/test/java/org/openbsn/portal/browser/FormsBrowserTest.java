package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.SearchNodesQuery;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * Forms and lists as a person first meets them in Chromium at 1400×900: every problem of a form named at
 * once and gone once fixed, whole-number fields that say so, and grids that show every column.
 */
class FormsBrowserTest {

    private static final String OPERATOR = "operator@openbsn.test";
    private static final String OPERATOR_PASSWORD = "operator secret 1";
    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static String ownerId;
    private static String nodeName;
    private static String nodeId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of("bsn.operator.email", OPERATOR, "bsn.operator.password", OPERATOR_PASSWORD));
        browser = new PortalBrowser(portal.port(), FormsBrowserTest.class.getSimpleName());
        ownerId = portal.bean(Accounts.class).signUp(unique("owner") + "@example.com", "Owner", PASSWORD,
                Set.of(Role.NODE_OWNER), "en").accountId();
        CityNodes nodes = portal.bean(CityNodes.class);
        nodeName = unique("Hangzhou");
        nodeId = TestNodes.active(nodes, ownerId, nodeName, "杭州", new Capacity(500, 1000, 100));
        Await.until(() -> nodes.search(SearchNodesQuery.all(1)).total() >= 1, Duration.ofSeconds(60));
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

    private static String signUpAndIn(Page page, String role) {
        String email = unique(role.toLowerCase().replace(' ', '-')) + "@example.com";
        LoginPage.open(browser, page).goToSignUp().signUp(email, role + " Person", PASSWORD, role).signIn(email, PASSWORD);
        return email;
    }

    @Test
    void signUpNamesEveryProblemAtOnce() {
        Page page = browser.newVisitor();
        SignUpPage signUp = LoginPage.open(browser, page).goToSignUp()
                .signUpExpectingErrors("not-an-address", "", "short", "different");
        assertThat(signUp.errorOf("email")).hasText("Not a valid e-mail address");
        assertThat(signUp.errorOf("display-name")).hasText("Required");
        assertThat(signUp.errorOf("password")).hasText("Between 10 and 128 characters");
        assertThat(signUp.errorOf("confirm-password")).hasText("The two passwords do not match");
        assertThat(signUp.errorOf("roles")).hasText("Choose at least one role");
        browser.screenshot(page, "sign-up-all-errors");
        page.context().close();
    }

    @Test
    void nodeCapacityFieldsSayAWholeNumberAndTheLargestAllowed() {
        Page page = browser.newVisitor();
        signUpAndIn(page, "Node owner");
        RegisterNodePage form = RegisterNodePage.open(browser, page)
                .fillValid(unique("Ningbo"), "Ningbo", "Zhejiang")
                .fill("tps", "1.5")
                .fill("storageGb", "12345678901234567890123")
                .fill("bandwidthMbps", "1e9")
                .submitExpectingErrors();
        assertThat(form.errorOf("tps")).hasText("Must be a whole number from 1 to 100,000");
        assertThat(form.errorOf("storageGb")).hasText("Must be a whole number from 1 to 1,000,000");
        assertThat(form.errorOf("bandwidthMbps")).hasText("Must be a whole number from 1 to 100,000");
        assertThat(form.input("tps")).hasValue("1.5"); // what the person typed stays for them to correct
        browser.screenshot(page, "whole-numbers");

        form.fill("tps", "1000").fill("storageGb", "5000").fill("bandwidthMbps", "500").submit();
        RegisterNodePage change = MyNodesPage.open(browser, page).changeCapacity().fill("tps", "2.5");
        new MyNodesPage(page).saveChangeExpectingErrors();
        assertThat(change.errorOf("tps")).hasText("Must be a whole number from 1 to 100,000");
        browser.screenshot(page, "change-capacity-whole-number");
        page.context().close();
    }

    @Test
    void theWizardForgetsAFixedNameErrorAndSaysWholeNumbersForResourcesAndYears() {
        Page page = browser.newVisitor();
        signUpAndIn(page, "Publisher");
        PublishWizardPage wizard = PublishWizardPage.open(browser, page).name("").next();
        assertThat(wizard.errorOf("wizard-name")).containsText("The name must have 2 to 60 characters");
        assertThat(wizard.status()).containsText("The name must have");

        wizard.name("Silk road").next();
        assertThat(wizard.selectedStep()).hasId("wizard-step-nodes");
        assertThat(wizard.status()).not().containsText("The name must have");
        browser.screenshot(page, "name-error-gone");

        wizard.chooseNode(nodeName, nodeId, 0, 20, 10, 5).resource(0, "tps", "2.5");
        assertThat(wizard.errorOf("wizard-node-0-tps")).hasText("Must be a whole number from 1 to 100,000");
        wizard.next();
        assertThat(wizard.selectedStep()).hasId("wizard-step-nodes");
        browser.screenshot(page, "resource-whole-number");

        wizard.resource(0, "tps", "20").back();
        assertThat(wizard.selectedStep()).hasId("wizard-step-basics");
        assertThat(wizard.field("wizard-name")).not().hasAttribute("invalid", "");
        wizard.years("1.5").next();
        assertThat(wizard.errorOf("wizard-years")).hasText("Must be a whole number from 1 to 5");
        assertThat(wizard.selectedStep()).hasId("wizard-step-basics");
        page.context().close();
    }

    @Test
    void aRefusedPublicKeyStopsBeingMarkedOnceAKeyIsIssued() {
        Page page = browser.newVisitor();
        signUpAndIn(page, "Participant");
        MyApplicationsPage mine = MyApplicationsPage.open(browser, page)
                .uploadPublicKey("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----");
        assertThat(mine.publicKeyError()).hasText("Not a PEM EC P-256 public key");
        mine.issueAccessKey();
        assertThat(mine.keyStatus()).containsText("hosted access key is in use");
        assertThat(mine.publicKeyField()).not().hasAttribute("invalid", "");
        assertThat(mine.publicKeyError()).isHidden();
        browser.screenshot(page, "key-issued-no-error");
        page.context().close();
    }

    @Test
    void anOperatorIsToldWhichNodeWasApprovedAndSeesEveryNodesStatus() {
        CityNodes nodes = portal.bean(CityNodes.class);
        String pending = unique("Wenzhou");
        as(() -> nodes.register(ownerId, new NodeDetails(pending, "Wenzhou", "Zhejiang", "Example Cloud",
                "https://" + pending.toLowerCase() + ".example.cn"), new Capacity(300, 1000, 100), TestNodes.PRICES),
                Role.NODE_OWNER);
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(OPERATOR, OPERATOR_PASSWORD);
        NodeApprovalsPage approvals = NodeApprovalsPage.open(browser, page).clickApprove(pending);
        assertThat(approvals.notification()).containsText(pending);
        browser.screenshot(page, "approved-notice");

        approvals.showAll();
        assertThat(approvals.nodeLink(pending)).isVisible();
        assertThat(approvals.cell("Active").first()).isVisible();
        assertThat(approvals.columnShown("Status")).isTrue();
        assertThat(approvals.fitsWithoutHorizontalScroll()).isTrue();
        browser.screenshot(page, "all-nodes-status");
        page.context().close();
    }

    @Test
    void findNodesShowsThePricesColumnWithoutScrollingAt1400Pixels() {
        Page page = browser.newVisitor();
        assertThat(page.viewportSize().width).isEqualTo(1400);
        signUpAndIn(page, "Publisher");
        FindNodesPage find = FindNodesPage.open(browser, page);
        assertThat(find.result(nodeName)).isVisible();
        assertThat(find.columnShown("Prices per unit per year")).isTrue();
        assertThat(find.fitsWithoutHorizontalScroll()).isTrue();
        browser.screenshot(page, "find-nodes-1400");
        page.context().close();
    }
}
