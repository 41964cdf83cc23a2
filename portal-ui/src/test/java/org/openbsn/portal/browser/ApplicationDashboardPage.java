package org.openbsn.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** An application's dashboard: status, publishing steps, peers, channel, chart, participants. */
final class ApplicationDashboardPage {

    private final Page page;

    ApplicationDashboardPage(Page page) {
        this.page = page;
    }

    Locator status() {
        return page.locator("#application-status");
    }

    Locator reason() {
        return page.locator("#application-reason");
    }

    Locator endorsement() {
        return page.locator("#application-endorsement");
    }

    Locator step(String step) {
        return page.locator("#publish-progress li[data-step=" + step + "]");
    }

    Locator channel() {
        return page.locator("#dashboard-channel");
    }

    Locator peerCell(String text) {
        return page.locator("#dashboard-peers vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator chart() {
        return page.locator("#dashboard-tps-chart svg");
    }

    Locator participantCell(String text) {
        return page.locator("#dashboard-participants vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator invoiceCell(String text) {
        return page.locator("#dashboard-invoices vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    void approve(String accountId) {
        page.locator("#approve-" + accountId).click();
    }
}
