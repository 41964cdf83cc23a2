package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A publisher's Orders & invoices page. */
final class OrdersPage {

    private final Page page;

    OrdersPage(Page page) {
        this.page = page;
    }

    OrdersPage shown() {
        assertThat(page.locator("#orders")).isVisible();
        return this;
    }

    /** The order cell showing exactly {@code text} (a status, an id). */
    Locator orderCell(String text) {
        return page.locator("#orders vaadin-grid-cell-content:visible:text-is(\"" + text + "\")");
    }

    Locator invoiceCell(String text) {
        return page.locator("#invoices vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Download downloadInvoice(String invoiceNumber) {
        return page.waitForDownload(() -> page.locator("#download-" + invoiceNumber).click());
    }

    Download downloadInvoicePdf(String invoiceNumber) {
        return page.waitForDownload(() -> page.locator("#download-pdf-" + invoiceNumber).click());
    }
}
