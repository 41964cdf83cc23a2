package org.openbsn.portal.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.portal.support.PortalInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal serves the smart gateway at /api/ to business systems that never sign in: replies are
 * HTTP 200, signed with a certificate that stays the same when the portal restarts, bodies are
 * limited as configured, and the portal's own pages still ask for sign-in.
 */
class GatewayServingIntegrationTest {

    @TempDir
    Path data;

    @Test
    void businessSystemsCallTheGatewayWithoutSigningInAndVerifyRepliesWithTheSameCertificateAfterARestart() {
        String certificateBefore;
        GatewayCaller caller;
        try (PortalInstance portal = PortalInstance.start(data, Map.of("bsn.gateway.max-body-bytes", "4096"))) {
            Devnet devnet = portal.bean(Devnet.class);
            devnet.openChannel("served-app", List.of("Org1MSP"));
            devnet.deployBaseChaincode("served-app", "base");
            GatewayAdministration gateway = portal.bean(GatewayAdministration.class);
            gateway.define(new DefineGatewayApplicationCommand("served", "Served ledger", "served-app", "Org1MSP", "base",
                    CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(),
                    List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()))));
            gateway.setQuota(new SetGatewayQuotaCommand("served", "openbsn", 100));
            gateway.admit(new AdmitParticipantCommand("served", "acme", List.of(ApplicationRole.SYS_ADMIN)));
            caller = new GatewayCaller("http://127.0.0.1:" + portal.port(), "acme", "served",
                    Pems.privateKey(gateway.issueAccessKey("acme").privateKeyPem()));
            certificateBefore = gateway.gatewayCertificatePem();
            PublicKey gatewayKey = publicKey(certificateBefore);

            HttpResponse<String> info = caller.getAppInfo();
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.headers().firstValue("Content-Length")).hasValue(
                    Integer.toString(info.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(info.headers().firstValue("Set-Cookie")).as("no session for a business system").isEmpty();
            JsonNode appInfo = GatewayCaller.json(info);
            assertThat(appInfo.path("header").path("code").asInt()).as(info.body()).isZero();
            assertThat(GatewayCaller.verifies(appInfo, "Served ledger" + "fabric" + 1 + 2 + "Org1MSP" + "served-app",
                    gatewayKey)).isTrue();

            HttpResponse<String> set = caller.reqChainCode("set", "{\"baseKey\":\"k1\",\"baseValue\":\"served\"}");
            assertThat(set.statusCode()).isEqualTo(200);
            JsonNode committed = GatewayCaller.json(set);
            assertThat(committed.path("header").path("code").asInt()).as(set.body()).isZero();
            JsonNode body = committed.path("body");
            assertThat(body.path("blockInfo").path("blockHash").asText()).as("the committed block's hash").matches("[0-9a-f]{64}");
            assertThat(GatewayCaller.verifies(committed, body.path("blockInfo").path("txId").asText()
                    + body.path("blockInfo").path("blockHash").asText() + body.path("blockInfo").path("status").asInt() + body.path("ccRes").path("ccCode").asInt()
                    + body.path("ccRes").path("ccData").asText(), gatewayKey)).isTrue();

            JsonNode forged = GatewayCaller.json(caller.post("/api/fabric/v1/node/reqChainCode",
                    "{\"header\":{\"userCode\":\"acme\",\"appCode\":\"served\"},\"mac\":\"AAAA\",\"body\":{}}"));
            assertThat(forged.path("header").path("code").asInt()).isEqualTo(-1);
            assertThat(forged.path("header").path("msg").asText()).contains("mac does not verify");
            assertThat(GatewayCaller.verifies(forged, "", gatewayKey)).isTrue();

            HttpResponse<String> tooLarge = caller.post("/api/fabric/v1/node/reqChainCode", "{" + " ".repeat(5000) + "}");
            assertThat(tooLarge.statusCode()).isEqualTo(200);
            assertThat(GatewayCaller.json(tooLarge).path("header").path("msg").asText())
                    .isEqualTo("the request body is larger than 4096 bytes");

            HttpResponse<String> page = caller.get("/nodes/mine");
            assertThat(page.statusCode()).as("a portal page without sign-in").isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }

        try (PortalInstance portal = PortalInstance.start(data, Map.of())) {
            assertThat(portal.bean(GatewayAdministration.class).gatewayCertificatePem()).isEqualTo(certificateBefore);
            GatewayCaller again = new GatewayCaller("http://127.0.0.1:" + portal.port(), "acme", "served", null);
            JsonNode info = GatewayCaller.json(again.getAppInfo());
            assertThat(info.path("header").path("code").asInt()).isZero();
            assertThat(GatewayCaller.verifies(info, "Served ledger" + "fabric" + 1 + 2 + "Org1MSP" + "served-app",
                    publicKey(certificateBefore))).as("verified with the certificate from before the restart").isTrue();
        }
    }

    private static PublicKey publicKey(String certificatePem) {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)))
                    .getPublicKey();
        } catch (CertificateException e) {
            throw new AssertionError("the gateway's certificate is not a PEM X.509 certificate", e);
        }
    }
}
