package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** The sign-up page. */
final class SignUpPage {

    private final Page page;

    SignUpPage(Page page) {
        this.page = page;
    }

    SignUpPage shown() {
        assertThat(page.locator("#sign-up")).isVisible();
        return this;
    }

    LoginPage signUp(String email, String name, String password, String... roleLabels) {
        page.locator("#email input").fill(email);
        page.locator("#display-name input").fill(name);
        page.locator("#password input").fill(password);
        page.locator("#confirm-password input").fill(password);
        for (String role : roleLabels) {
            page.locator("#roles vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(role)).locator("input").check();
        }
        page.locator("#sign-up").click();
        return new LoginPage(page).shown();
    }
}
