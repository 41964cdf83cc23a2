package org.openbsn.portal.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.testing.Await;
import org.openbsn.portal.gateway.GatewayCaller;
import org.openbsn.portal.support.PortalInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant's journey in Chromium: admitted to an application, it sees the application, issues
 * an access key, downloads the access bundle, calls the gateway with what the bundle holds, and
 * finds the call among its recent calls.
 */
class ParticipantGatewayBrowserTest {

    private static final String PASSWORD = "a good long password";

    @TempDir
    static Path data;

    private static PortalInstance portal;
    private static PortalBrowser browser;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of());
        browser = new PortalBrowser(portal.port(), ParticipantGatewayBrowserTest.class.getSimpleName());
        Devnet devnet = portal.bean(Devnet.class);
        devnet.openChannel("journey", List.of("Org1MSP"));
        devnet.deployBaseChaincode("journey", "base");
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
    void anAdmittedParticipantIssuesAKeyDownloadsItsBundleCallsTheGatewayAndSeesTheCall() throws IOException {
        String appCode = "trace" + UUID.randomUUID().toString().substring(0, 6);
        GatewayAdministration gateway = portal.bean(GatewayAdministration.class);
        gateway.define(new DefineGatewayApplicationCommand(appCode, "Tea traceability", "journey", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(),
                List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()))));

        String email = "participant-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Page page = browser.newVisitor();
        Shell shell = LoginPage.open(browser, page).goToSignUp().signUp(email, "Zhao Min", PASSWORD, "Participant")
                .signIn(email, PASSWORD);
        String userCode = GatewayRules.userCodeOfAccount(portal.bean(Accounts.class).findLogin(email).orElseThrow().accountId());
        gateway.setQuota(new SetGatewayQuotaCommand(appCode, "openbsn", 100));
        gateway.admit(new AdmitParticipantCommand(appCode, userCode, List.of(ApplicationRole.SYS_ADMIN)));

        assertThat(shell.menuItem("My applications")).isVisible();
        MyApplicationsPage mine = MyApplicationsPage.open(browser, page);
        assertThat(mine.cell(appCode)).isVisible();
        assertThat(mine.cell("Tea traceability")).isVisible();
        assertThat(mine.cell("Key trust")).isVisible();
        assertThat(mine.keyStatus()).containsText("no access key yet");
        browser.screenshot(page, "my-applications");

        mine.issueAccessKey();
        assertThat(mine.keyStatus()).containsText("hosted access key is in use");
        mine.uploadPublicKey("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----");
        assertThat(mine.publicKeyError()).containsText("Not a PEM EC P-256 public key");
        // a refused upload changes nothing
        assertThat(mine.keyStatus()).containsText("hosted access key is in use");
        browser.screenshot(page, "key-issued");

        Map<String, String> bundle = unzip(mine.downloadBundle(appCode));
        assertThat(bundle).containsOnlyKeys("config.json", "gateway-certificate.pem", "access-private-key.pem", "README.txt");
        JsonNode config = new ObjectMapper().readTree(bundle.get("config.json"));
        assertThat(config.path("nodeApi").asText()).isEqualTo("http://127.0.0.1:" + portal.port());
        assertThat(config.path("appCode").asText()).isEqualTo(appCode);
        assertThat(config.path("userCode").asText()).isEqualTo(userCode);
        assertThat(config.path("channelId").asText()).isEqualTo("journey");
        assertThat(config.path("mspId").asText()).isEqualTo("Org1MSP");
        assertThat(bundle.get("gateway-certificate.pem")).isEqualTo(gateway.gatewayCertificatePem());
        assertThat(bundle.get("README.txt")).contains("userPrivateKey", "bsnPublicKey", appCode);
        // BSN's Java and Go SDKs read these fields, PEM text included, from the file as it is
        assertThat(config.path("userPrivateKey").asText()).isEqualTo(bundle.get("access-private-key.pem"));
        assertThat(Pems.privateKey(config.path("userPrivateKey").asText()).getAlgorithm())
                .as("a PKCS#8 key the SDKs can read").isIn("EC", "ECDSA");
        assertThat(config.path("bsnPublicKey").asText()).isEqualTo(gateway.gatewayCertificatePem())
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(config.path("mspPath").asText()).isNotBlank();
        // BSN's Python SDK takes the same values and paths of files in the bundle
        assertThat(config.path("user_code").asText()).isEqualTo(userCode);
        assertThat(config.path("app_code").asText()).isEqualTo(appCode);
        assertThat(bundle).containsKeys(config.path("user_private_cert_path").asText(),
                config.path("app_public_cert_path").asText());

        GatewayCaller system = new GatewayCaller(config.path("nodeApi").asText(), userCode, appCode,
                Pems.privateKey(config.path("userPrivateKey").asText()));
        JsonNode reply = GatewayCaller.json(system.reqChainCode("set", "{\"baseKey\":\"tea-1\",\"baseValue\":\"picked\"}"));
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
        String txId = reply.path("body").path("blockInfo").path("txId").asText();

        Await.until(() -> gateway.recentCalls(userCode, 0, 10).total() == 1, Duration.ofSeconds(30));
        RecentCallsPage calls = RecentCallsPage.open(browser, page);
        assertThat(calls.cell(txId)).isVisible();
        assertThat(calls.cell("Allowed")).isVisible();
        assertThat(calls.cell("committed in block")).isVisible();
        browser.screenshot(page, "recent-calls");
        page.context().close();

        Page stranger = browser.newVisitor();
        String strangerEmail = "stranger-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        LoginPage.open(browser, stranger).goToSignUp().signUp(strangerEmail, "Qian Lei", PASSWORD, "Participant")
                .signIn(strangerEmail, PASSWORD);
        MyApplicationsPage theirs = MyApplicationsPage.open(browser, stranger);
        assertThat(stranger.locator("#my-applications-empty")).isVisible();
        assertThat(theirs.cell(appCode)).hasCount(0);
        assertThat(RecentCallsPage.open(browser, stranger).cell(txId)).hasCount(0);
        stranger.context().close();
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
