package org.openbsn.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The owner's page of one node: its Fabric organisation and the peers enrolled for it. */
final class NodePeersPage {

    private final Page page;

    NodePeersPage(Page page) {
        this.page = page;
    }

    /** From the owner's list of nodes, the page of the first node. */
    static NodePeersPage openFrom(MyNodesPage mine, Page page) {
        page.locator("#my-nodes vaadin-button").filter(new Locator.FilterOptions().setHasText("Utilisation")).first().click();
        page.locator("#node-peers").waitFor();
        return new NodePeersPage(page);
    }

    Locator panel() {
        return page.locator("#node-peers");
    }

    NodePeersPage enrol(String name, String host, String port) {
        page.locator("#peer-name input").fill(name);
        page.locator("#peer-host input").fill(host);
        page.locator("#peer-port input").fill(port);
        page.locator("#enrol-peer").click();
        return this;
    }

    Locator fieldError(String id) {
        return page.locator("#" + id + " [slot='error-message']");
    }

    Locator peerCell(String text) {
        return page.locator("#node-peers vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Clicks the one-time link and returns the zip's bytes. */
    byte[] download() {
        Download download = page.waitForDownload(() -> page.locator("#peer-download").click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
