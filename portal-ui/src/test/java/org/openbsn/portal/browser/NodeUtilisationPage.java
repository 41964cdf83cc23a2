package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** How much of one node is reserved: bars, the peers of its pool and the charts over time. */
final class NodeUtilisationPage {

    private final Page page;

    NodeUtilisationPage(Page page) {
        this.page = page;
    }

    /** Opens "My nodes" and follows the Utilisation action of the owner's only node. */
    static NodeUtilisationPage openFromMyNodes(PortalBrowser browser, Page page) {
        MyNodesPage.open(browser, page);
        page.locator("#my-nodes vaadin-button").filter(new Locator.FilterOptions().setHasText("Utilisation")).click();
        return new NodeUtilisationPage(page).shown();
    }

    NodeUtilisationPage shown() {
        assertThat(page.locator("#node-utilisation")).isVisible();
        return this;
    }

    Locator tpsBar() {
        return page.locator("#utilisation-tps");
    }

    Locator peerCell(String text) {
        return page.locator("#node-peers vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The lines of the reserved-TPS chart, one per series. */
    Locator tpsChartLines() {
        return page.locator("#utilisation-chart-tps svg polyline");
    }

    Locator tpsChartTitle() {
        return page.locator("#utilisation-chart-tps svg > text").first();
    }
}
