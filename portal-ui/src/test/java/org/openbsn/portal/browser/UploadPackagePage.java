package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The author's upload form: the package and manifest files, version, changelog and price. */
final class UploadPackagePage {

    private final Page page;

    UploadPackagePage(Page page) {
        this.page = page;
    }

    static UploadPackagePage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("marketplace/upload"));
        assertThat(page.locator("#upload-send")).isVisible();
        return new UploadPackagePage(page);
    }

    UploadPackagePage files(Path packageFile, Path manifestFile) {
        attach("#upload-package", packageFile);
        attach("#upload-manifest", manifestFile);
        return this;
    }

    private void attach(String upload, Path file) {
        page.locator(upload + " input[type=file]").setInputFiles(file);
        assertThat(page.locator(upload + " vaadin-upload-file[complete]")).hasCount(1);
    }

    UploadPackagePage version(String version, String changelog) {
        page.locator("#upload-version input").fill(version);
        page.locator("#upload-changelog textarea").fill(changelog);
        return this;
    }

    /** Chooses the price type by its label ("Free", "One-off", "Yearly") and, unless free, the price in CNY. */
    UploadPackagePage price(String typeLabel, String amount) {
        page.locator("#upload-price-type vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(typeLabel))
                .locator("input").check();
        if (amount != null) {
            page.locator("#upload-price input").fill(amount);
        }
        return this;
    }

    MyPackagesPage send() {
        page.locator("#upload-send").click();
        return new MyPackagesPage(page).shown();
    }

    /** Sends a form the marketplace refuses, staying on this page. */
    UploadPackagePage sendRefused() {
        page.locator("#upload-send").click();
        return this;
    }

    Locator refusal() {
        return page.locator("#upload-refusal");
    }
}
