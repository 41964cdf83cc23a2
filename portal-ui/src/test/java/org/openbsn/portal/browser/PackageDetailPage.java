package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A listed package's page: description, versions, functions, roles, price, reviews; license, download, rate. */
final class PackageDetailPage {

    private final Page page;

    PackageDetailPage(Page page) {
        this.page = page;
    }

    PackageDetailPage shown() {
        assertThat(page.locator("#package-name")).isVisible();
        return this;
    }

    Locator name() {
        return page.locator("#package-name");
    }

    Locator price() {
        return page.locator("#package-price");
    }

    Locator counts() {
        return page.locator("#package-counts");
    }

    Locator function(String name) {
        return page.locator("#package-functions vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(name));
    }

    Locator roles() {
        return page.locator("#package-roles");
    }

    Locator licensed() {
        return page.locator("#package-licensed");
    }

    Locator reviews() {
        return page.locator("#package-reviews");
    }

    /** Licenses for all the publisher's applications; a paid package goes on to the checkout. */
    void licenseForAllApplications() {
        page.locator("#package-license").click();
        page.locator("#licence-confirm").click();
    }

    byte[] download() {
        Download download = page.waitForDownload(() -> page.locator("#package-download").click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PackageDetailPage rate(int stars, String text) {
        page.locator("#package-rate").click();
        page.locator("#rate-stars vaadin-radio-button").nth(stars - 1).locator("input").check();
        page.locator("#rate-text textarea").fill(text);
        page.locator("#rate-send").click();
        return this;
    }
}
