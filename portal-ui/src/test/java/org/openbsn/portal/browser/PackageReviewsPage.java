package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The operator's queue of package versions awaiting review. */
final class PackageReviewsPage {

    private final Page page;

    PackageReviewsPage(Page page) {
        this.page = page;
    }

    static PackageReviewsPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("operator/packages"));
        assertThat(page.locator("h2")).hasText("Package reviews");
        return new PackageReviewsPage(page);
    }

    Locator cell(String text) {
        return page.locator("#package-reviews vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Approves the version shown as "{name} {version}" and waits for it to leave the queue. */
    PackageReviewsPage approve(String packageId, String version) {
        page.locator("[id='approve-" + packageId + "-" + version + "']").click();
        assertThat(page.locator("[id='approve-" + packageId + "-" + version + "']")).isHidden();
        return this;
    }
}
