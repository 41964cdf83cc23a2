package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The offline provider's TEST checkout page. */
final class OfflineCheckoutPage {

    private final Page page;

    OfflineCheckoutPage(Page page) {
        this.page = page;
    }

    /** Opens the checkout URL billing answered (a path of the portal). */
    static OfflineCheckoutPage open(PortalBrowser browser, Page page, String checkoutUrl) {
        page.navigate(browser.url(checkoutUrl.substring(1)));
        OfflineCheckoutPage checkout = new OfflineCheckoutPage(page);
        assertThat(checkout.testBadge()).isVisible();
        return checkout;
    }

    Locator testBadge() {
        return page.locator("#test-badge");
    }

    Locator total() {
        return page.locator("#checkout-total");
    }

    Locator line(String text) {
        return page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator refusal() {
        return page.locator("#order-refused");
    }

    OrdersPage pay() {
        page.locator("#pay-test").click();
        return new OrdersPage(page).shown();
    }

    OrdersPage failPayment() {
        page.locator("#fail-test").click();
        return new OrdersPage(page).shown();
    }

    /** Pays an application's order; the checkout returns to the application's dashboard. */
    ApplicationDashboardPage payForApplication() {
        page.locator("#pay-test").click();
        return new ApplicationDashboardPage(page);
    }

    ApplicationDashboardPage failForApplication() {
        page.locator("#fail-test").click();
        return new ApplicationDashboardPage(page);
    }
}
