package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The publisher's node search. */
final class FindNodesPage {

    private final Page page;

    FindNodesPage(Page page) {
        this.page = page;
    }

    static FindNodesPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("nodes/find"));
        assertThat(page.locator("#search-text")).isVisible();
        return new FindNodesPage(page);
    }

    FindNodesPage minFreeTps(String value) {
        page.locator("#search-minFreeTps input").fill(value);
        page.locator("#search-minFreeTps input").press("Tab");
        return this;
    }

    FindNodesPage search(String words) {
        page.locator("#search-text input").fill(words);
        return this;
    }

    FindNodesPage tick(String facet, String value) {
        page.locator("#facet-" + facet + " vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(value + " (")).locator("input").check();
        return this;
    }

    Locator facetOption(String facet, String label) {
        return page.locator("#facet-" + facet + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label));
    }

    Locator summary() {
        return page.locator("#search-summary");
    }

    Locator result(String name) {
        return page.locator("#search-results vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(name));
    }

    boolean columnShown(String header) {
        return Grids.columnShown(page, "search-results", header);
    }

    boolean fitsWithoutHorizontalScroll() {
        return Grids.fitsWithoutHorizontalScroll(page, "search-results");
    }

    Locator fieldError(String id) {
        return page.locator("#" + id + "[invalid] [slot='error-message']");
    }
}
