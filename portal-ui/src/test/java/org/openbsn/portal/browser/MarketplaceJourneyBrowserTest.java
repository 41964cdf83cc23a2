package org.openbsn.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.testing.SamplePackages;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.testing.Await;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.gateway.GatewayCaller;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * The marketplace journey in Chromium: an author uploads a chaincode package, it passes its check on devnet and the
 * operator approves it; a publisher finds it, buys a licence on the test checkout, publishes an application with it
 * (functions and roles pre-filled from its manifest), and an admitted participant calls its functions through the
 * smart gateway; the author then sees the sale and the deployment.
 */
class MarketplaceJourneyBrowserTest {

    private static final String PASSWORD = "a good long password";
    private static final String OPERATOR = "operator@openbsn.test";
    private static final String OPERATOR_PASSWORD = "operator secret 1";
    private static final LocatorAssertions.HasAttributeOptions SLOW_STEP =
            new LocatorAssertions.HasAttributeOptions().setTimeout(120_000);

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static PortalBrowser browser;
    private static String nodeName;
    private static String nodeId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of("bsn.operator.email", OPERATOR, "bsn.operator.password", OPERATOR_PASSWORD));
        browser = new PortalBrowser(portal.port(), MarketplaceJourneyBrowserTest.class.getSimpleName());
        String ownerId = portal.bean(Accounts.class).signUp("owner-" + UUID.randomUUID() + "@example.com", "Owner",
                PASSWORD, Set.of(Role.NODE_OWNER), "en").accountId();
        nodeName = "Hangzhou-" + UUID.randomUUID().toString().substring(0, 6);
        nodeId = TestNodes.active(portal.bean(CityNodes.class), ownerId, nodeName, "杭州", new Capacity(500, 1000, 100));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anAuthorSellsAPackageAPublisherDeploysItAndAParticipantCallsIt() throws IOException {
        Path packageFile = data.resolve("trace_1.0.0.tar.gz");
        Path manifestFile = data.resolve("manifest.json");
        Files.write(packageFile, SamplePackages.packageFor("trace_1.0.0"));
        Files.write(manifestFile, SamplePackages.MANIFEST_JSON.getBytes(StandardCharsets.UTF_8));

        Path brokenFile = data.resolve("broken_1.0.0.tar.gz");
        Files.write(brokenFile, SamplePackages.brokenPackageFor("trace_1.0.0"));

        Page author = browser.newVisitor();
        signUpAndIn(author, "Chaincode author");
        UploadPackagePage refused = UploadPackagePage.open(browser, author)
                .files(brokenFile, manifestFile)
                .version("1.0.0", "A jar that cannot run")
                .sendRefused();
        assertThat(refused.refusal()).containsText("Package file:");
        assertThat(refused.refusal()).containsText("Main-Class");
        browser.screenshot(author, "upload-refused");
        assertThat(MyPackagesPage.open(browser, author).empty()).isVisible(); // the refused upload left nothing behind

        MyPackagesPage mine = UploadPackagePage.open(browser, author)
                .files(packageFile, manifestFile)
                .version("1.0.0", "First release: record, read and trace goods")
                .price("One-off", "300")
                .send();
        assertThat(mine.statusBadge()).hasAttribute("data-status", "AWAITING_REVIEW", SLOW_STEP);
        browser.screenshot(author, "checked");
        String packageId = author.locator("#my-packages [id^=package-]").first().getAttribute("id").substring("package-".length());

        Page operator = browser.newVisitor();
        LoginPage.open(browser, operator).signIn(OPERATOR, OPERATOR_PASSWORD);
        PackageReviewsPage reviews = PackageReviewsPage.open(browser, operator);
        assertThat(reviews.cell("Trace 1.0.0")).isVisible();
        assertThat(reviews.cell("saveRecord")).isVisible();
        browser.screenshot(operator, "review-queue");
        reviews.approve(packageId, "1.0.0");
        operator.context().close();

        Page publisher = browser.newVisitor();
        String publisherEmail = signUpAndIn(publisher, "Publisher");
        String publisherId = portal.bean(Accounts.class).findLogin(publisherEmail).orElseThrow().accountId();
        Await.until("the approved package is searchable", () -> MarketplacePage.open(browser, publisher)
                .search("trace goods").summary().textContent().contains("Packages found: 1"), Duration.ofSeconds(30));
        MarketplacePage market = new MarketplacePage(publisher).facet("category", "supply-chain (1)");
        assertThat(market.summary()).hasText("Packages found: 1");
        assertThat(market.hit("Trace")).isVisible();
        browser.screenshot(publisher, "search");
        PackageDetailPage listing = market.open("Trace");
        assertThat(listing.price()).containsText("300.00 CNY once");
        assertThat(listing.function("saveRecord")).isVisible();
        assertThat(listing.roles()).containsText("Recorder: saveRecord, readRecord, recordHistory");
        listing.licenseForAllApplications();

        OfflineCheckoutPage checkout = new OfflineCheckoutPage(publisher);
        assertThat(checkout.total()).containsText("CNY");
        browser.screenshot(publisher, "licence-checkout");
        publisher.locator("#pay-test").click();
        Await.until("the paid licence is usable", () -> portal.bean(Licences.class)
                .usableLicence(publisherId, packageId, "").isPresent(), Duration.ofSeconds(30));
        publisher.reload();
        assertThat(new PackageDetailPage(publisher).shown().licensed()).isVisible();
        assertThat(listing.download()).isEqualTo(Files.readAllBytes(packageFile));
        listing.rate(5, "Saved us months of chaincode work");
        assertThat(listing.reviews()).containsText("Saved us months of chaincode work");

        PublishWizardPage wizard = PublishWizardPage.open(browser, publisher)
                .chaincode("Trace 1.0.0")
                .basics("Tea provenance", "Every tea lot from garden to cup")
                .chooseNode(nodeName, nodeId, 0, 20, 10, 5)
                .next();
        assertThat(wizard.functionCell("saveRecord")).isVisible();
        assertThat(wizard.functionCell("recordHistory")).isVisible();
        assertThat(wizard.role("Recorder")).isVisible();
        browser.screenshot(publisher, "functions-from-manifest");
        wizard.next().pay();
        ApplicationDashboardPage dashboard = new OfflineCheckoutPage(publisher).payForApplication();
        assertThat(dashboard.step("LIVE")).hasAttribute("data-done", "true", SLOW_STEP);
        browser.screenshot(publisher, "live-with-package");
        ApplicationView live = portal.bean(Applications.class).live().stream()
                .filter(app -> app.design().name().equals("Tea provenance")).findFirst().orElseThrow();

        Page participant = browser.newVisitor();
        String participantEmail = signUpAndIn(participant, "Participant");
        participant.navigate(browser.url("applications/join"));
        participant.locator("#apply-" + live.appCode()).click();
        participant.locator("#apply-role").click();
        participant.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Recorder")).click();
        participant.locator("#apply-note textarea").fill("We pack the tea");
        participant.locator("#apply-send").click();
        assertThat(participant.locator("#join-applications vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("Applied"))).isVisible();
        String participantId = portal.bean(Accounts.class).findLogin(participantEmail).orElseThrow().accountId();
        publisher.navigate(browser.url("applications/" + live.applicationId()));
        assertThat(dashboard.participantCell("We pack the tea")).isVisible();
        dashboard.approve(participantId);
        String userCode = GatewayRules.userCodeOfAccount(participantId);
        Await.until("the participant is a member on the gateway",
                () -> portal.bean(GatewayAdministration.class).member(live.appCode(), userCode).isPresent(), Duration.ofSeconds(20));

        MyApplicationsPage apps = MyApplicationsPage.open(browser, participant);
        apps.issueAccessKey();
        assertThat(apps.keyStatus()).containsText("hosted access key is in use");
        Map<String, String> bundle = unzip(apps.downloadBundle(live.appCode()));
        JsonNode config = new ObjectMapper().readTree(bundle.get("config.json"));
        GatewayCaller system = new GatewayCaller(config.path("nodeApi").asText(), userCode, live.appCode(),
                Pems.privateKey(bundle.get("access-private-key.pem")));
        JsonNode saved = GatewayCaller.json(system.reqChainCodeOf("trace", "saveRecord",
                "{\"baseKey\":\"lot-7\",\"baseValue\":\"picked in Longjing\"}"));
        assertThat(saved.path("header").path("code").asInt()).as(saved.toString()).isZero();
        JsonNode read = GatewayCaller.json(system.reqChainCodeOf("trace", "readRecord", "lot-7"));
        assertThat(read.toString()).contains("picked in Longjing");

        MyPackagesPage sold = MyPackagesPage.open(browser, author);
        assertThat(sold.counts()).containsText("Sales 1 · deployments 1 · downloads 1 · ★ 5.0 (1 ratings)");
        assertThat(sold.earningsTotal()).containsText("270.00 CNY"); // 300.00 less the platform's default 10 %
        sold.requestPayout();
        assertThat(sold.payoutCell("270.00 CNY")).isVisible();
        browser.screenshot(author, "sold-and-deployed");
    }

    private static String signUpAndIn(Page page, String role) {
        String email = role.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        LoginPage.open(browser, page).goToSignUp().signUp(email, role + " Person", PASSWORD, role).signIn(email, PASSWORD);
        return email;
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
