package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The publishing wizard: basics, nodes and resources, functions and roles, review and pay. */
final class PublishWizardPage {

    private final Page page;

    PublishWizardPage(Page page) {
        this.page = page;
    }

    static PublishWizardPage open(PortalBrowser browser, Page page) {
        page.navigate(browser.url("applications/edit"));
        return new PublishWizardPage(page).shown();
    }

    PublishWizardPage shown() {
        assertThat(page.locator("#wizard-name")).isVisible();
        return this;
    }

    /** Chooses the chaincode by the start of its label, e.g. "Trace 1.0.0"; a package pre-fills functions and roles. */
    PublishWizardPage chaincode(String label) {
        page.locator("#wizard-chaincode vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label))
                .locator("input").check();
        return this;
    }

    Locator functionCell(String text) {
        return page.locator("#wizard-functions vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator role(String name) {
        return page.locator("#wizard-role-" + name);
    }

    PublishWizardPage basics(String name, String description) {
        page.locator("#wizard-name input").fill(name);
        page.locator("#wizard-description textarea").fill(description);
        return next();
    }

    PublishWizardPage next() {
        page.locator("#wizard-next").click();
        return this;
    }

    /** Searches for the node by name, waits for the results of that search, and chooses it. */
    PublishWizardPage chooseNode(String name, String nodeId, int index, int tps, int storageGb, int bandwidthMbps) {
        page.locator("#wizard-node-search input").fill(name);
        assertThat(page.locator("#wizard-node-results")).hasAttribute("data-query", name);
        // the grid keeps a hidden row (and its button) from a longer list shown before
        page.locator("#choose-" + nodeId + ":visible").click();
        fill("#wizard-node-" + index + "-tps", tps);
        fill("#wizard-node-" + index + "-storage", storageGb);
        fill("#wizard-node-" + index + "-bandwidth", bandwidthMbps);
        return this;
    }

    /** Chooses the endorsement rule by the start of its label, e.g. "All organisations". */
    PublishWizardPage endorsement(String label) {
        page.locator("#wizard-endorsement vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label))
                .locator("input").check();
        return this;
    }

    /** Chooses "At least N of the organisations" with this N. */
    PublishWizardPage endorsementAtLeast(int n) {
        endorsement("At least N");
        fill("#wizard-endorsement-n", n);
        return this;
    }

    Locator reviewEndorsement() {
        return page.locator("#review-endorsement");
    }

    private void fill(String field, int value) {
        Locator input = page.locator(field + " input");
        input.fill(Integer.toString(value));
        input.press("Tab");
    }

    PublishWizardPage addFunction(String name, String chaincodeFunction) {
        page.locator("#wizard-function-name input").fill(name);
        page.locator("#wizard-function-chaincode input").fill(chaincodeFunction);
        page.locator("#wizard-function-add").click();
        return this;
    }

    PublishWizardPage addRole(String name, String... functions) {
        page.locator("#wizard-role-name input").fill(name);
        page.locator("#wizard-role-add").click();
        for (String function : functions) {
            page.locator("#wizard-role-" + name + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(function))
                    .first().locator("input").check();
        }
        return this;
    }

    Locator quoteCell(String text) {
        return page.locator("#review-quote vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    Locator total() {
        return page.locator("#review-total");
    }

    PublishWizardPage name(String name) {
        page.locator("#wizard-name input").fill(name);
        return this;
    }

    PublishWizardPage years(String years) {
        page.locator("#wizard-years input").fill(years);
        return this;
    }

    /** Types into a resource field of the {@code index}th chosen node: "tps", "storage" or "bandwidth". */
    PublishWizardPage resource(int index, String resource, String value) {
        Locator input = page.locator("#wizard-node-" + index + "-" + resource + " input");
        input.fill(value);
        input.press("Tab");
        return this;
    }

    PublishWizardPage back() {
        page.locator("#wizard-back").click();
        return this;
    }

    /** The error shown under a wizard field, by its id. */
    Locator errorOf(String id) {
        return page.locator("#" + id + "[invalid] > [slot='error-message']");
    }

    Locator field(String id) {
        return page.locator("#" + id);
    }

    Locator selectedStep() {
        return page.locator("vaadin-tab[selected]");
    }

    Locator status() {
        return page.locator("#wizard-status");
    }

    void pay() {
        page.locator("#review-pay").click();
    }
}
