package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.*;
import org.openbsn.portal.support.PortalInstance;

/** A node owner sees how much of a node applications reserved, on which peers they run, and how it grew. */
class NodeUtilisationBrowserTest {

    private static final String PASSWORD = "a good long password";
    private static final String OWNER = "utilisation-owner@example.com";
    private static final String OPERATOR = "operator@openbsn.test";

    @TempDir
    static Path data;

    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static String nodeId;

    @BeforeAll
    static void seedANodeWithTwoApplications() {
        portal = PortalInstance.start(data, Map.of("bsn.operator.email", OPERATOR, "bsn.operator.password", PASSWORD));
        browser = new PortalBrowser(portal.port(), NodeUtilisationBrowserTest.class.getSimpleName());
        CityNodes nodes = portal.bean(CityNodes.class);
        Accounts accounts = portal.bean(Accounts.class);
        AccountSummary owner = accounts.signUp(OWNER, "Node Owner", PASSWORD, Set.of(Role.NODE_OWNER), "en");
        accounts.signUp("other-owner@example.com", "Other Owner", PASSWORD, Set.of(Role.NODE_OWNER), "en");
        nodeId = as(() -> nodes.register(owner.accountId(),
                new NodeDetails("Hangzhou-1", "Hangzhou", "East", "Alpha Cloud", "https://hz-1.example.cn"),
                new Capacity(1000, 5000, 500),
                new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"))), Role.NODE_OWNER).nodeId();
        as(() -> nodes.approve(nodeId, "seed-operator"), Role.OPERATOR);
        CommandGateway commands = portal.bean(CommandGateway.class);
        commands.sendAndWait(new ReserveNodeCapacityCommand(nodeId, "app-trade", new Capacity(150, 1000, 100)));
        commands.sendAndWait(new ReserveNodeCapacityCommand(nodeId, "app-notes", new Capacity(30, 250, 25)));
        commands.sendAndWait(new AllocatePeerCommand(nodeId, "app-trade"));
        commands.sendAndWait(new AllocatePeerCommand(nodeId, "app-notes"));
        Await.until("both peers are readable", () -> nodes.utilisation(nodeId)
                .map(u -> u.peers().size() == 2).orElse(false), Duration.ofSeconds(30));
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
    void theOwnerSeesReservationsPeersAndAChartOfReservedTps() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(OWNER, PASSWORD);
        NodeUtilisationPage utilisation = NodeUtilisationPage.openFromMyNodes(browser, page);
        assertThat(utilisation.tpsBar()).containsText("Transactions: 180 of 1,000 TPS reserved (18%)");
        assertThat(utilisation.peerCell("peer0")).isVisible();
        assertThat(utilisation.peerCell("Dedicated")).isVisible();
        assertThat(utilisation.peerCell("app-trade")).isVisible();
        assertThat(utilisation.peerCell("30 of 200 TPS (15%)")).isVisible();
        assertThat(utilisation.peerCell("app-notes")).isVisible();
        assertThat(utilisation.tpsChartTitle()).hasText("Reserved TPS over time");
        assertThat(utilisation.tpsChartLines()).hasCount(2);
        assertThat(utilisation.tpsChartLines().first()).isVisible(); // drawn as SVG, not left as unknown HTML elements
        browser.screenshot(page, "owner-utilisation");
        page.context().close();
    }

    @Test
    void anotherOwnerCannotSeeTheNode() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn("other-owner@example.com", PASSWORD);
        page.navigate(browser.url("nodes/mine/" + nodeId));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#node-utilisation")).hasCount(0);
        page.context().close();
    }

    @Test
    void theOperatorSeesTheUtilisationOnTheNodesDetail() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).signIn(OPERATOR, PASSWORD);
        page.navigate(browser.url("operator/nodes/" + nodeId));
        assertThat(page.locator("#node-utilisation #utilisation-tps")).containsText("180 of 1,000 TPS reserved (18%)");
        assertThat(page.locator("#utilisation-chart-percent svg polyline")).hasCount(2);
        assertThat(page.locator("#utilisation-chart-percent svg polyline").first()).isVisible();
        page.context().close();
    }
}
