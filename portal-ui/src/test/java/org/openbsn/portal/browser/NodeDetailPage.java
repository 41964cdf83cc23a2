package org.openbsn.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.openbsn.infra.testing.Await;

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
        Await.until("the node page shows the node's Fabric organisation", () -> {
            page.reload();
            return organisation.count() > 0;
        }, java.time.Duration.ofSeconds(30));
        return organisation.first().textContent().strip();
    }

    Locator history() {
        return page.locator("#node-history vaadin-grid-cell-content:visible");
    }
}
