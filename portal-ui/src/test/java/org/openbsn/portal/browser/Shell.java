package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The signed-in frame: the menu of what the person's roles allow, language, sign-out. */
final class Shell {

    private final Page page;

    Shell(Page page) {
        this.page = page;
    }

    Shell shown() {
        assertThat(page.locator("#sign-out")).isVisible();
        return this;
    }

    Locator menu() {
        return page.locator("vaadin-side-nav");
    }

    Locator menuItem(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    void chooseLanguage(String label) {
        page.locator("#language-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).click();
    }

    LoginPage signOut() {
        page.locator("#sign-out").click();
        return new LoginPage(page).shown();
    }
}
