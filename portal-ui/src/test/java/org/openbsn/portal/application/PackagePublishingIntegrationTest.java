package org.openbsn.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.*;
import org.openbsn.basechaincode.testing.SamplePackages;
import org.openbsn.billing.api.Billing;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.testing.Await;
import org.openbsn.infra.error.DomainException;
import org.openbsn.marketplace.api.LicenceScope;
import org.openbsn.marketplace.api.LicenceStatus;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.Pricing;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.portal.gateway.GatewayCaller;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * A whole portal on devnet publishes an application that runs a marketplace package (the real runnable base
 * chaincode, packed as "trace_1.0.0"): it goes live with the package's chaincode in a process of its own, a
 * participant calls the publisher's function names through the gateway, and the ledger evaluates the package. The
 * package goes through the real marketplace first: uploaded, checked on devnet, approved, and licensed (free).
 */
class PackagePublishingIntegrationTest {

    private static final String LABEL = "trace_1.0.0";
    private static final byte[] PACKAGE = SamplePackages.packageFor(LABEL);
    private static final String FABRIC_ID = SamplePackages.fabricPackageId(LABEL, PACKAGE);

    @TempDir
    Path data;

    @Test
    void anApplicationOnAMarketplacePackageGoesLiveAndAnswersThroughTheGatewayAndTheLedger() throws Exception {
        try (PortalInstance portal = PortalInstance.start(data, Map.of())) {
            Applications applications = portal.bean(Applications.class);
            Accounts accounts = portal.bean(Accounts.class);
            Marketplace marketplace = portal.bean(Marketplace.class);
            String author = signUp(accounts, Role.CHAINCODE_AUTHOR);
            PackageVersionView uploaded = as(() -> marketplace.upload(author, PACKAGE,
                    SamplePackages.MANIFEST_JSON.getBytes(StandardCharsets.UTF_8), "1.0.0", "", Pricing.free()),
                    Role.CHAINCODE_AUTHOR);
            assertThat(uploaded.fabricPackageId()).isEqualTo(FABRIC_ID);
            Await.until("the automatic check passed", () -> as(() -> marketplace.awaitingReview(), Role.OPERATOR)
                    .stream().anyMatch(v -> v.fabricPackageId().equals(FABRIC_ID)), Duration.ofSeconds(90));
            as(() -> marketplace.approve(uploaded.packageId(), "1.0.0", "operator-1"), Role.OPERATOR);
            String owner = signUp(accounts, Role.NODE_OWNER);
            String node = TestNodes.active(portal.bean(CityNodes.class), owner, "Xian-" + UUID.randomUUID().toString()
                    .substring(0, 6), "西安", new Capacity(500, 1000, 100));
            String publisher = signUp(accounts, Role.PUBLISHER);
            Licences licences = portal.bean(Licences.class);
            Await.until("the version is licensable", () -> {
                try {
                    return as(() -> licences.requestLicence(publisher, uploaded.packageId(), LicenceScope.PUBLISHER, "", 1),
                            Role.PUBLISHER).status() == LicenceStatus.ACTIVE;
                } catch (DomainException notListedYet) {
                    return false;
                }
            }, Duration.ofSeconds(10));
            List<ApplicationFunction> functions = List.of(
                    new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
                    new ApplicationFunction("readRecord", "get", FunctionType.QUERY),
                    new ApplicationFunction("recordHistory", "getHistory", FunctionType.QUERY));
            ApplicationView draft = as(() -> {
                ApplicationView created = applications.createDraft(publisher, "Goods trace", "Crates between warehouses");
                ApplicationDesign design = created.design().withNodes(List.of(new NodeResources(node, new Capacity(20, 10, 5))));
                return applications.saveDraft(created.applicationId(), publisher, new ApplicationDesign(design.name(),
                        design.description(), design.nodes(), design.years(), design.chainMode(), design.managementMode(),
                        design.certificateMode(), ChaincodeSource.marketplacePackage(FABRIC_ID), functions,
                        List.of(new ApplicationRole("Recorder", List.of("saveRecord", "readRecord", "recordHistory")))));
            }, Role.PUBLISHER);
            as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                    Role.PUBLISHER);
            String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
            as(() -> portal.bean(Billing.class).payOffline(orderId, publisher, true), Role.PUBLISHER);
            Await.until("the application is live", () -> applications.find(draft.applicationId()).orElseThrow().status()
                    == ApplicationStatus.LIVE, Duration.ofSeconds(90));
            ApplicationView live = applications.find(draft.applicationId()).orElseThrow();
            assertThat(applications.channel(live.channelId()).orElseThrow().chaincodes()).containsExactly("trace");

            ChannelAdministration ledger = portal.bean(ChannelAdministration.class);
            assertThat(new String(ledger.evaluate(live.channelId(), "trace", "getHistory", List.of("bsn-review")),
                    StandardCharsets.UTF_8)).as("the manifest's review query").isEqualTo("[]");

            String participant = signUp(accounts, Role.PARTICIPANT);
            as(() -> {
                applications.applyToJoin(live.applicationId(), participant, "Recorder", "we move crates");
                return null;
            }, Role.PARTICIPANT);
            as(() -> {
                applications.approve(live.applicationId(), publisher, participant, List.of("Recorder"));
                return null;
            }, Role.PUBLISHER);
            GatewayAdministration gateway = portal.bean(GatewayAdministration.class);
            String userCode = GatewayRules.userCodeOfAccount(participant);
            Await.until("the participant is a member on the gateway", () -> gateway.member(live.appCode(), userCode)
                    .isPresent(), Duration.ofSeconds(10));
            GatewayCaller caller = new GatewayCaller("http://127.0.0.1:" + portal.port(), userCode, live.appCode(),
                    Pems.privateKey(gateway.issueAccessKey(userCode).privateKeyPem()));
            JsonNode saved = GatewayCaller.json(caller.reqChainCodeOf("trace", "saveRecord",
                    "{\"baseKey\":\"crate-1\",\"baseValue\":\"left Xi'an\"}"));
            assertThat(saved.path("header").path("code").asInt()).as(saved.toString()).isZero();
            JsonNode read = GatewayCaller.json(caller.reqChainCodeOf("trace", "readRecord", "crate-1"));
            assertThat(read.path("body").path("ccRes").path("ccData").asText()).as(read.toString()).contains("left Xi'an");
            assertThat(new String(ledger.evaluate(live.channelId(), "trace", "getHistory", List.of("crate-1")),
                    StandardCharsets.UTF_8)).contains("left Xi'an");
        }
    }

    private static String signUp(Accounts accounts, Role role) {
        return accounts.signUp(UUID.randomUUID() + "@example.com", "Someone", "correct horse battery", Set.of(role), "en")
                .accountId();
    }
}
