package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The author's packages: each version's review status, sales, deployments and downloads, and earnings. */
final class MyPackagesPage {

    private final Page page;

    MyPackagesPage(Page page) {
        this.page = page;
    }

    static MyPackagesPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("marketplace/mine"));
        return new MyPackagesPage(page).shown();
    }

    MyPackagesPage shown() {
        assertThat(page.locator("#my-packages-upload")).isVisible();
        return this;
    }

    /** The review status badge of the newest version (the page updates itself while a check runs). */
    Locator statusBadge() {
        return page.locator("#my-packages [data-status]").first();
    }

    Locator empty() {
        return page.locator("#my-packages-empty");
    }

    Locator counts() {
        return page.locator("#my-packages p[id^=counts-]").first();
    }

    MyPackagesPage requestPayout() {
        page.locator("#request-payout").click();
        return this;
    }

    Locator payoutCell(String text) {
        return page.locator("#payouts vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator earningsTotal() {
        return page.locator("#package-earnings-total");
    }
}
