package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The participant's applications on the smart gateway, its access key, and the access bundles. */
final class MyApplicationsPage {

    private final Page page;

    MyApplicationsPage(Page page) {
        this.page = page;
    }

    static MyApplicationsPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("gateway/applications"));
        return new MyApplicationsPage(page).shown();
    }

    MyApplicationsPage shown() {
        assertThat(page.locator("#access-key-status")).isVisible();
        return this;
    }

    Locator cell(String text) {
        return page.locator("#my-applications vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator keyStatus() {
        return page.locator("#access-key-status");
    }

    MyApplicationsPage issueAccessKey() {
        page.locator("#issue-access-key").click();
        return this;
    }

    MyApplicationsPage uploadPublicKey(String pem) {
        page.locator("#public-key-pem textarea").fill(pem);
        page.locator("#upload-public-key").click();
        return this;
    }

    Locator publicKeyField() {
        return page.locator("#public-key-pem");
    }

    Locator publicKeyError() {
        return page.locator("#public-key-pem [slot='error-message']");
    }

    /** Clicks the application's download link and returns the bundle's bytes. */
    byte[] downloadBundle(String appCode) {
        Download download = page.waitForDownload(() -> page.locator("#download-" + appCode).click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
