package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
        fill(email, name, password, password, roleLabels);
        page.locator("#sign-up").click();
        return new LoginPage(page).shown();
    }

    /** Sends the form expecting it refused: the person stays on the page. */
    SignUpPage signUpExpectingErrors(String email, String name, String password, String confirm, String... roleLabels) {
        fill(email, name, password, confirm, roleLabels);
        page.locator("#sign-up").click();
        return this;
    }

    private void fill(String email, String name, String password, String confirm, String... roleLabels) {
        page.locator("#email input").fill(email);
        page.locator("#display-name input").fill(name);
        page.locator("#password input").fill(password);
        page.locator("#confirm-password input").fill(confirm);
        for (String role : roleLabels) {
            page.locator("#roles vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText(role)).locator("input").check();
        }
    }

    /** The error shown under the field with this id (email, display-name, password, confirm-password, roles). */
    Locator errorOf(String id) {
        return page.locator("#" + id + "[invalid] > [slot='error-message']");
    }
}
