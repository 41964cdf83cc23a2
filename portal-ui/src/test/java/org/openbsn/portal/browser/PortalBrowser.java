package org.openbsn.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** Debian's Chromium driven by Playwright (no browser download), one per test class. */
final class PortalBrowser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("BSN_CHROMIUM", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final Path screenshots;
    private int shot;

    PortalBrowser(int port, String testName) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.screenshots = Path.of("target", "screenshots", testName);
        clear(screenshots);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** A fresh browser session (no cookies), as a new visitor in English. */
    Page newVisitor() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(1400, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    String url(String path) {
        return baseUrl + "/" + path;
    }

    /** Saves what the person sees now under target/screenshots/, numbered in order. */
    void screenshot(Page page, String step) {
        try {
            Files.createDirectories(screenshots);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", ++shot, step))));
    }

    private static void clear(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
