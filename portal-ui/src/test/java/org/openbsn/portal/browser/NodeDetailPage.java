package org.openbsn.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One node's details and history, as the operator sees them. */
final class NodeDetailPage {

    private final Page page;

    NodeDetailPage(Page page) {
        this.page = page;
    }

    /**
     * The node's Fabric organisation as the page states it, once the organisation exists: it is created just after
     * the approval, so the page is reloaded until it shows (at most 30 s).
     */
    String organisation() {
        Locator organisation = page.getByText(java.util.regex.Pattern.compile("MSP Node[0-9a-f]{32}"));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (organisation.count() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The node page never showed the node's Fabric organisation");
            }
            page.reload();
            page.locator("#node-history").waitFor();
        }
        return organisation.first().textContent().strip();
    }

    Locator history() {
        return page.locator("#node-history vaadin-grid-cell-content:visible");
    }
}
