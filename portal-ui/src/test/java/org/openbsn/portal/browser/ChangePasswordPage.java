package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The change-password page. */
final class ChangePasswordPage {

    private final Page page;

    ChangePasswordPage(Page page) {
        this.page = page;
    }

    ChangePasswordPage shown() {
        assertThat(page.locator("#change-password")).isVisible();
        return this;
    }

    void change(String current, String fresh, String repeated) {
        page.locator("#current-password input").fill(current);
        page.locator("#new-password input").fill(fresh);
        page.locator("#confirm-password input").fill(repeated);
        page.locator("#change-password").click();
    }

    Locator errorOf(String id) {
        return page.locator("#" + id + "[invalid] [slot='error-message']");
    }
}
