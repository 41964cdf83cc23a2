package org.openbsn.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.net.http.HttpResponse;
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
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.testing.Await;
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
 * A whole portal on devnet upgrades a live application from "trace_1.0.0" to "trace_1.0.1" of the same marketplace
 * package: the new version adds a function (amendRecord, the base chaincode's update), is checked and approved, and
 * after the upgrade the gateway serves the new function on the state the old version wrote.
 */
class PackageUpgradeIntegrationTest {

    private static final byte[] V100 = SamplePackages.packageFor("trace_1.0.0");
    private static final byte[] V101 = SamplePackages.packageFor("trace_1.0.1");
    private static final String V101_ID = SamplePackages.fabricPackageId("trace_1.0.1", V101);
    private static final String MANIFEST_101 = SamplePackages.MANIFEST_JSON.replace(
            "{\"name\":\"recordHistory\",\"chaincodeFunction\":\"getHistory\",\"type\":\"query\"}",
            "{\"name\":\"recordHistory\",\"chaincodeFunction\":\"getHistory\",\"type\":\"query\"},"
                    + "{\"name\":\"amendRecord\",\"chaincodeFunction\":\"update\",\"type\":\"invoke\"}");

    @TempDir
    Path data;

    @Test
    void aLiveApplicationRunsTheNewVersionsFunctionOnTheStateTheOldVersionWrote() throws Exception {
        assertThat(MANIFEST_101).contains("amendRecord");
        try (PortalInstance portal = PortalInstance.start(data, Map.of())) {
            Applications applications = portal.bean(Applications.class);
            Accounts accounts = portal.bean(Accounts.class);
            Marketplace marketplace = portal.bean(Marketplace.class);
            String author = signUp(accounts, Role.CHAINCODE_AUTHOR);
            PackageVersionView first = approved(marketplace, as(() -> marketplace.upload(author, V100,
                    SamplePackages.MANIFEST_JSON.getBytes(StandardCharsets.UTF_8), "1.0.0", "", Pricing.free()),
                    Role.CHAINCODE_AUTHOR));
            String publisher = signUp(accounts, Role.PUBLISHER);
            Licences licences = portal.bean(Licences.class);
            Await.until("the package is licensed", () -> {
                try {
                    return as(() -> licences.requestLicence(publisher, first.packageId(), LicenceScope.PUBLISHER, "", 1),
                            Role.PUBLISHER).status() == LicenceStatus.ACTIVE;
                } catch (DomainException notListedYet) {
                    return false;
                }
            }, Duration.ofSeconds(10));
            ApplicationView live = publish(portal, applications, accounts, publisher, first.fabricPackageId());
            GatewayCaller caller = participantCaller(portal, applications, accounts, publisher, live);
            assertThat(code(caller.reqChainCodeOf("trace", "saveRecord",
                    "{\"baseKey\":\"crate-1\",\"baseValue\":\"left Xi'an\"}"))).isZero();
            assertThat(code(caller.reqChainCodeOf("trace", "amendRecord",
                    "{\"baseKey\":\"crate-1\",\"baseValue\":\"reached Lanzhou\"}"))).as("1.0.0 offers no amendRecord")
                    .isNotZero();

            PackageVersionView second = approved(marketplace, as(() -> marketplace.upload(author, V101,
                    MANIFEST_101.getBytes(StandardCharsets.UTF_8), "1.0.1", "Amend a record", Pricing.free()),
                    Role.CHAINCODE_AUTHOR));
            assertThat(second.fabricPackageId()).isEqualTo(V101_ID);
            Await.until("1.0.1 is offered as an upgrade", () -> as(() -> applications.upgradesFor(live.applicationId(),
                    publisher), Role.PUBLISHER).stream().anyMatch(v -> v.fabricPackageId().equals(V101_ID)), Duration.ofSeconds(10));
            List<ApplicationFunction> functions = List.of(
                    new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
                    new ApplicationFunction("readRecord", "get", FunctionType.QUERY),
                    new ApplicationFunction("recordHistory", "getHistory", FunctionType.QUERY),
                    new ApplicationFunction("amendRecord", "update", FunctionType.INVOKE));
            as(() -> applications.upgrade(live.applicationId(), publisher, V101_ID, functions, List.of(new ApplicationRole(
                    "Recorder", List.of("saveRecord", "readRecord", "recordHistory", "amendRecord")))), Role.PUBLISHER);
            Await.until("the upgrade is done", () -> applications.upgradeOf(live.applicationId()).orElseThrow().state()
                    != ChaincodeUpgradeState.UPGRADING, Duration.ofSeconds(90));
            assertThat(applications.upgradeOf(live.applicationId()).orElseThrow())
                    .satisfies(upgrade -> assertThat(upgrade.state()).as(String.valueOf(upgrade.reason())).isEqualTo(ChaincodeUpgradeState.UPGRADED))
                    .satisfies(upgrade -> assertThat(upgrade.sequence()).isEqualTo(2));
            ApplicationView upgraded = applications.find(live.applicationId()).orElseThrow();
            assertThat(upgraded.design().chaincode()).isEqualTo(ChaincodeSource.marketplacePackage(V101_ID));
            assertThat(applications.channel(live.channelId()).orElseThrow().chaincodes()).containsExactly("trace");
            // the gateway's permission store is a projection of the functions the upgrade wrote; it follows within moments
            GatewayAdministration gateway = portal.bean(GatewayAdministration.class);
            Await.until("the gateway offers amendRecord", () -> gateway.application(live.appCode()).orElseThrow()
                    .functions().stream().anyMatch(f -> f.name().equals("amendRecord")), Duration.ofSeconds(10));

            JsonNode amended = GatewayCaller.json(caller.reqChainCodeOf("trace", "amendRecord",
                    "{\"baseKey\":\"crate-1\",\"baseValue\":\"reached Lanzhou\"}"));
            assertThat(amended.path("header").path("code").asInt()).as(amended.toString()).isZero();
            JsonNode read = GatewayCaller.json(caller.reqChainCodeOf("trace", "readRecord", "crate-1"));
            assertThat(read.path("body").path("ccRes").path("ccData").asText()).as(read.toString()).contains("reached Lanzhou");
            String history = new String(portal.bean(ChannelAdministration.class).evaluate(live.channelId(), "trace",
                    "getHistory", List.of("crate-1")), StandardCharsets.UTF_8);
            assertThat(history).as("the state 1.0.0 wrote is still there").contains("left Xi'an", "reached Lanzhou");
        }
    }

    private static PackageVersionView approved(Marketplace marketplace, PackageVersionView uploaded) {
        Await.until("the automatic check of " + uploaded.version() + " passed", () -> as(marketplace::awaitingReview,
                Role.OPERATOR).stream().anyMatch(v -> v.fabricPackageId().equals(uploaded.fabricPackageId())),
                Duration.ofSeconds(90));
        return as(() -> marketplace.approve(uploaded.packageId(), uploaded.version(), "operator-1"), Role.OPERATOR);
    }

    private static ApplicationView publish(PortalInstance portal, Applications applications, Accounts accounts,
                                           String publisher, String fabricId) {
        String owner = signUp(accounts, Role.NODE_OWNER);
        String node = TestNodes.active(portal.bean(CityNodes.class), owner, "Lanzhou-" + UUID.randomUUID().toString()
                .substring(0, 6), "兰州", new Capacity(500, 1000, 100));
        List<ApplicationFunction> functions = List.of(
                new ApplicationFunction("saveRecord", "set", FunctionType.INVOKE),
                new ApplicationFunction("readRecord", "get", FunctionType.QUERY),
                new ApplicationFunction("recordHistory", "getHistory", FunctionType.QUERY));
        ApplicationView draft = as(() -> {
            ApplicationView created = applications.createDraft(publisher, "Goods trace", "Crates between warehouses");
            return applications.saveDraft(created.applicationId(), publisher, created.design()
                    .withNodes(List.of(new NodeResources(node, new Capacity(20, 10, 5))))
                    .withChaincode(ChaincodeSource.marketplacePackage(fabricId), functions,
                            List.of(new ApplicationRole("Recorder", List.of("saveRecord", "readRecord", "recordHistory")))));
        }, Role.PUBLISHER);
        as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                Role.PUBLISHER);
        String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
        as(() -> portal.bean(Billing.class).payOffline(orderId, publisher, true), Role.PUBLISHER);
        Await.until("the application is live", () -> applications.find(draft.applicationId()).orElseThrow().status()
                == ApplicationStatus.LIVE, Duration.ofSeconds(90));
        return applications.find(draft.applicationId()).orElseThrow();
    }

    private static GatewayCaller participantCaller(PortalInstance portal, Applications applications, Accounts accounts,
                                                   String publisher, ApplicationView live) throws Exception {
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
        return new GatewayCaller("http://127.0.0.1:" + portal.port(), userCode, live.appCode(),
                Pems.privateKey(gateway.issueAccessKey(userCode).privateKeyPem()));
    }

    private static int code(HttpResponse<String> response) {
        return GatewayCaller.json(response).path("header").path("code").asInt();
    }

    private static String signUp(Accounts accounts, Role role) {
        return accounts.signUp(UUID.randomUUID() + "@example.com", "Someone", "correct horse battery", Set.of(role), "en")
                .accountId();
    }
}
