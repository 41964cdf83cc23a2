package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The participant's recent gateway calls. */
final class RecentCallsPage {

    private final Page page;

    RecentCallsPage(Page page) {
        this.page = page;
    }

    static RecentCallsPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("gateway/calls"));
        return new RecentCallsPage(page).shown();
    }

    RecentCallsPage shown() {
        assertThat(page.locator("#recent-calls")).isVisible();
        return this;
    }

    Locator cell(String text) {
        return page.locator("#recent-calls vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(text));
    }
}
