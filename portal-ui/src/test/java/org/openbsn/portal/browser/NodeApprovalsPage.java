package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The operator's approval queue. */
final class NodeApprovalsPage {

    private final Page page;

    NodeApprovalsPage(Page page) {
        this.page = page;
    }

    static NodeApprovalsPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("operator/nodes"));
        assertThat(page.locator("#tab-pending")).isVisible();
        return new NodeApprovalsPage(page);
    }

    Locator nodeLink(String name) {
        return page.locator("#node-approvals a").filter(new Locator.FilterOptions().setHasText(name));
    }

    NodeApprovalsPage approve(String name) {
        String href = nodeLink(name).getAttribute("href");
        String nodeId = href.substring(href.lastIndexOf('/') + 1);
        page.locator("#approve-" + nodeId).click();
        assertThat(nodeLink(name).first()).isHidden();
        return this;
    }

    /** Approves the node and leaves the page as it is, for the test to look at what the operator is told. */
    NodeApprovalsPage clickApprove(String name) {
        String href = nodeLink(name).getAttribute("href");
        page.locator("#approve-" + href.substring(href.lastIndexOf('/') + 1)).click();
        return this;
    }

    Locator notification() {
        return page.locator("vaadin-notification-card");
    }

    Locator cell(String text) {
        return page.locator("#node-approvals vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    boolean columnShown(String header) {
        return Grids.columnShown(page, "node-approvals", header);
    }

    boolean fitsWithoutHorizontalScroll() {
        return Grids.fitsWithoutHorizontalScroll(page, "node-approvals");
    }

    NodeDetailPage openDetail(String name) {
        nodeLink(name).click();
        return new NodeDetailPage(page);
    }

    NodeApprovalsPage showAll() {
        page.locator("#tab-all").click();
        return this;
    }
}
