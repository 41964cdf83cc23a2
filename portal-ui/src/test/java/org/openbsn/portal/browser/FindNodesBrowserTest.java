package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.*;
import org.openbsn.infra.testing.Await;
import org.openbsn.portal.support.PortalInstance;

/** A publisher narrows 30 nodes, indexed from events into the real Elasticsearch, with a filter and a facet. */
class FindNodesBrowserTest {

    private static final String[] REGIONS = {"East", "North", "South"};
    private static final String[] PROVIDERS = {"Alpha Cloud", "Beta Telecom"};
    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;

    private static PortalInstance portal;
    private static PortalBrowser browser;

    @BeforeAll
    static void seedThirtyNodes() {
        portal = PortalInstance.start(data, Map.of());
        browser = new PortalBrowser(portal.port(), FindNodesBrowserTest.class.getSimpleName());
        CityNodes nodes = portal.bean(CityNodes.class);
        AccountSummary owner = portal.bean(Accounts.class).signUp("seed-owner@example.com", "Seed Owner", PASSWORD,
                Set.of(Role.NODE_OWNER), "en");
        for (int i = 0; i < 30; i++) {
            int n = i;
            CityNodeView node = as(() -> nodes.register(owner.accountId(),
                    new NodeDetails(String.format("Node-%02d", n), "City-" + (n % 5), REGIONS[n % 3], PROVIDERS[n % 2],
                            "https://node-" + n + ".example.cn"),
                    new Capacity(100 * (n + 1), 1000, 100),
                    new UnitPrices(Money.cny(String.valueOf(50 + n)), Money.cny("2"), Money.cny("30"))), Role.NODE_OWNER);
            as(() -> nodes.approve(node.nodeId(), "seed-operator"), Role.OPERATOR);
        }
        Await.until(() -> nodes.search(SearchNodesQuery.all(1)).total() == 30, Duration.ofSeconds(60));
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
    void aPublisherNarrowsThirtyNodesWithAFilterAndAFacet() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).goToSignUp().signUp("finder@example.com", "Finder", PASSWORD, "Publisher")
                .signIn("finder@example.com", PASSWORD);
        FindNodesPage find = FindNodesPage.open(browser, page);
        assertThat(find.summary()).hasText("30 matching node(s)");
        assertThat(find.facetOption("regions", "East (10)")).isVisible();
        browser.screenshot(page, "all-thirty");

        find.minFreeTps("2500");
        assertThat(find.summary()).hasText("6 matching node(s)");
        assertThat(find.facetOption("regions", "East (2)")).isVisible();
        assertThat(find.facetOption("providers", "Alpha Cloud (3)")).isVisible();
        browser.screenshot(page, "at-least-2500-tps");

        find.tick("regions", "East");
        assertThat(find.summary()).hasText("2 matching node(s)");
        assertThat(find.result("Node-24")).isVisible();
        assertThat(find.result("Node-27")).isVisible();
        assertThat(find.facetOption("providers", "Alpha Cloud (1)")).isVisible();
        assertThat(find.facetOption("providers", "Beta Telecom (1)")).isVisible();
        assertThat(find.facetOption("regions", "North (2)")).isVisible();
        browser.screenshot(page, "east-only");

        find.search("node-27");
        assertThat(find.summary()).hasText("1 matching node(s)");
        find.search("nothing-like-this");
        assertThat(find.summary()).containsText("No active node matches");
        browser.screenshot(page, "empty-state");
        page.context().close();
    }

    @Test
    void aBadFilterIsNamedAndNothingIsSearched() {
        Page page = browser.newVisitor();
        LoginPage.open(browser, page).goToSignUp().signUp("finder2@example.com", "Finder Two", PASSWORD, "Publisher")
                .signIn("finder2@example.com", PASSWORD);
        FindNodesPage find = FindNodesPage.open(browser, page);
        find.minFreeTps("-5");
        assertThat(find.summary()).containsText("not valid");
        assertThat(find.fieldError("search-minFreeTps")).containsText("from 0 to 100,000");
        page.context().close();
    }

    @Test
    void anOperatorRebuildKeepsSearchAnsweringAndEndsWithTheSameNodes() {
        CityNodes nodes = portal.bean(CityNodes.class);
        String before = as(nodes::searchIndexStatus, Role.OPERATOR).index();
        as(() -> {
            nodes.rebuildSearchIndex();
            return null;
        }, Role.OPERATOR);
        Assertions.assertThat(nodes.search(SearchNodesQuery.all(1)).total()).isEqualTo(30);
        Await.until(() -> !as(nodes::searchIndexStatus, Role.OPERATOR).rebuilding()
                && !as(nodes::searchIndexStatus, Role.OPERATOR).index().equals(before), Duration.ofSeconds(60));
        SearchIndexStatus after = as(nodes::searchIndexStatus, Role.OPERATOR);
        Assertions.assertThat(after.index()).isNotEqualTo(before);
        Assertions.assertThat(after.documents()).isEqualTo(30);
        Assertions.assertThat(nodes.search(SearchNodesQuery.all(1)).total()).isEqualTo(30);
    }

}
