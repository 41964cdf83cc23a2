package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The node owner's list of nodes. */
final class MyNodesPage {

    private final Page page;

    MyNodesPage(Page page) {
        this.page = page;
    }

    static MyNodesPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("nodes/mine"));
        return new MyNodesPage(page).shown();
    }

    MyNodesPage shown() {
        assertThat(page.locator("#go-register-node")).isVisible();
        return this;
    }

    Locator cell(String text) {
        return page.locator("#my-nodes vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Opens the change-capacity dialog of the person's only node. */
    RegisterNodePage changeCapacity() {
        page.locator("#my-nodes vaadin-button").filter(new Locator.FilterOptions().setHasText("Capacity")).first().click();
        assertThat(page.locator("#save-node-change")).isVisible();
        return new RegisterNodePage(page);
    }

    MyNodesPage saveChangeExpectingErrors() {
        page.locator("#save-node-change").click();
        return this;
    }

    Locator emptyNotice() {
        return page.locator("#my-nodes-empty");
    }
}
