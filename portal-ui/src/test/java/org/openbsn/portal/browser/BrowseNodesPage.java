package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The publisher's view of active nodes. */
final class BrowseNodesPage {

    private final Page page;

    BrowseNodesPage(Page page) {
        this.page = page;
    }

    static BrowseNodesPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("nodes"));
        assertThat(page.locator("#filter-city")).isVisible();
        return new BrowseNodesPage(page);
    }

    BrowseNodesPage filterByCity(String city) {
        page.locator("#filter-city input").fill(city);
        return this;
    }

    Locator summary() {
        return page.locator("#browse-summary");
    }

    Locator cell(String text) {
        return page.locator("#browse-nodes vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }
}
