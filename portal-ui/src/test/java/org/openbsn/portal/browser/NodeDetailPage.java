package org.openbsn.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One node's details and history, as the operator sees them. */
final class NodeDetailPage {

    private final Page page;

    NodeDetailPage(Page page) {
        this.page = page;
    }

    Locator history() {
        return page.locator("#node-history vaadin-grid-cell-content:visible");
    }
}
