package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** The sign-in page. */
final class LoginPage {

    private final Page page;

    LoginPage(Page page) {
        this.page = page;
    }

    static LoginPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("login"));
        return new LoginPage(page).shown();
    }

    LoginPage shown() {
        assertThat(page.locator("vaadin-login-form")).isVisible();
        return this;
    }

    Shell signIn(String email, String password) {
        page.locator("#vaadinLoginUsername input").fill(email);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        return new Shell(page).shown();
    }

    /** Signs in with wrong credentials: the form says so and the person stays here. */
    LoginPage signInExpectingError(String email, String password) {
        return signInRefused(email, password, "Wrong e-mail address or password");
    }

    /** Submits the form, waits for the sign-in request to be answered, and expects {@code refusal} shown. */
    LoginPage signInRefused(String email, String password, String refusal) {
        page.locator("#vaadinLoginUsername input").fill(email);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.waitForResponse(response -> response.url().endsWith("/login") && "POST".equals(response.request().method()),
                () -> page.locator("#vaadinLoginPassword input").press("Enter"));
        assertThat(page.getByText(refusal)).isVisible();
        return this;
    }

    SignUpPage goToSignUp() {
        page.locator("#sign-up-link").click();
        return new SignUpPage(page).shown();
    }
}
