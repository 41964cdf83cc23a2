package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The node owner's registration form. */
final class RegisterNodePage {

    private final Page page;

    RegisterNodePage(Page page) {
        this.page = page;
    }

    static RegisterNodePage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("nodes/register"));
        assertThat(page.locator("#register-node")).isVisible();
        return new RegisterNodePage(page);
    }

    RegisterNodePage fill(String field, String value) {
        page.locator("#node-" + field + " input").fill(value);
        return this;
    }

    RegisterNodePage fillValid(String name, String city, String region) {
        return fill("name", name).fill("city", city).fill("region", region).fill("provider", "China Telecom")
                .fill("gatewayUrl", "https://" + name.toLowerCase() + ".example.cn/gateway")
                .fill("tps", "1000").fill("storageGb", "5000").fill("bandwidthMbps", "500")
                .fill("pricePerTps", "120").fill("pricePerStorageGb", "3.5").fill("pricePerBandwidthMbps", "40");
    }

    MyNodesPage submit() {
        page.locator("#register-node").click();
        return new MyNodesPage(page).shown();
    }

    RegisterNodePage submitExpectingErrors() {
        page.locator("#register-node").click();
        return this;
    }

    Locator input(String field) {
        return page.locator("#node-" + field + " input");
    }

    Locator errorOf(String field) {
        return page.locator("#node-" + field + "[invalid] [slot='error-message']");
    }
}
