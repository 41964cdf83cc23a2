package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The marketplace search: words, facets, sort, and the hits linking to each package's page. */
final class MarketplacePage {

    private final Page page;

    MarketplacePage(Page page) {
        this.page = page;
    }

    static MarketplacePage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("marketplace"));
        assertThat(page.locator("#marketplace-search")).isVisible();
        return new MarketplacePage(page);
    }

    /** Searches and waits for the results of these words. */
    MarketplacePage search(String words) {
        page.locator("#marketplace-search input").fill(words);
        assertThat(page.locator("#marketplace-results")).hasAttribute("data-query", words);
        return this;
    }

    /** Picks a facet value by the start of its label, e.g. facet("category", "supply-chain"). */
    MarketplacePage facet(String facet, String label) {
        page.locator("#facet-" + facet).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        return this;
    }

    Locator summary() {
        return page.locator("#marketplace-summary");
    }

    Locator hit(String name) {
        return page.locator("#marketplace-results a").filter(new Locator.FilterOptions().setHasText(name));
    }

    PackageDetailPage open(String name) {
        hit(name).first().click();
        return new PackageDetailPage(page).shown();
    }
}
