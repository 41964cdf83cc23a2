package org.openbsn.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.billing.api.Billing;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.Orderer;
import org.openbsn.fabric.testing.OrdererOrganisation;
import org.openbsn.fabric.testing.EnrolmentFiles;
import org.openbsn.fabric.testing.RealFabric;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.orderingbridge.api.Channels;
import org.openbsn.orderingbridge.api.NodePeers;
import org.openbsn.portal.gateway.GatewayCaller;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * A whole portal with {@code BSN_LEDGER=fabric} on a real Fabric 2.5 network of three etcdraft orderers: two city
 * nodes are approved, their owners enrol a peer each and run it from the downloaded files, a paid application goes
 * live on a channel of both nodes' organisations, and a participant calls it through the smart gateway.
 */
@Tag("real-fabric")
class PublishingOnRealFabricIntegrationTest {

    @TempDir
    static Path data;
    private static RealFabric fabric;
    private static PortalInstance portal;

    @BeforeAll
    static void start() throws IOException {
        fabric = RealFabric.start(data.resolve("network"), List.of());
        Path settings = Files.createDirectories(data.resolve("settings"));
        OrdererOrganisation ordering = fabric.ordererOrganisation();
        Files.writeString(settings.resolve("ca.pem"), Pem.of(ordering.caCertificate()));
        Files.writeString(settings.resolve("tlsca.pem"), Pem.of(ordering.tlsCaCertificate()));
        Files.writeString(settings.resolve("admin.pem"), ordering.adminTlsCertificatePem());
        Files.writeString(settings.resolve("admin-key.pem"), ordering.adminTlsKeyPem());
        StringBuilder orderers = new StringBuilder();
        for (Orderer orderer : ordering.orderers()) {
            Files.writeString(settings.resolve(orderer.name() + ".pem"), orderer.tlsCertificatePem());
            orderers.append(orderers.isEmpty() ? "" : ",").append("""
                    {"host": "%s", "port": %d, "adminPort": %d, "tlsCertFile": "%s.pem"}""".formatted(orderer.host(),
                    orderer.port(), orderer.adminPort(), orderer.name()));
        }
        Files.writeString(settings.resolve("clusters.json"), """
                {"clusters": [{"id": "cluster-1", "mspId": "%s", "caCertFile": "ca.pem", "tlsCaCertFile": "tlsca.pem",
                  "adminClientCertFile": "admin.pem", "adminClientKeyFile": "admin-key.pem", "orderers": [%s]}]}
                """.formatted(ordering.mspId(), orderers));
        // the portal's own identity for its ledger calls, and peers for channels with none enrolled: none here
        OrganisationCa observer = OrganisationCa.create("ObserverMSP", "observer.test");
        KeyPair key = Ecdsa.newKeyPair();
        Files.writeString(settings.resolve("portal.pem"), Pem.of(observer.issue("portal", NodeOu.CLIENT, key.getPublic())));
        Files.writeString(settings.resolve("portal-key.pem"), Pem.of(key.getPrivate()));
        portal = PortalInstance.start(data.resolve("portal"), Map.of(
                "BSN_LEDGER", "fabric",
                "BSN_ORDERING_CLUSTERS", "cluster-1",
                "BSN_FABRIC_CLUSTERS", settings.resolve("clusters.json").toString(),
                "BSN_FABRIC_CHAINCODE_ADDRESS", "127.0.0.1:" + freePort(),
                "BSN_FABRIC_PEERS", "127.0.0.1:" + freePort(),
                "BSN_FABRIC_TLS_CA", settings.resolve("tlsca.pem").toString(),
                "BSN_FABRIC_MSP_ID", "ObserverMSP",
                "BSN_FABRIC_CERT", settings.resolve("portal.pem").toString(),
                "BSN_FABRIC_KEY", settings.resolve("portal-key.pem").toString()));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        fabric.close();
    }

    @Test
    void aPaidApplicationGoesLiveOnTheCityNodesPeersAndAParticipantCallsIt() {
        Accounts accounts = portal.bean(Accounts.class);
        Applications applications = portal.bean(Applications.class);
        String owner = signUp(accounts, Role.NODE_OWNER);
        CityNodes nodes = portal.bean(CityNodes.class);
        String nodeA = TestNodes.active(nodes, owner, "Shenzhen-" + unique(), "深圳", new Capacity(500, 1000, 100));
        String nodeB = TestNodes.active(nodes, owner, "Chengdu-" + unique(), "成都", new Capacity(500, 1000, 100));
        Channels network = portal.bean(Channels.class);
        NodePeers peers = portal.bean(NodePeers.class);
        for (String node : List.of(nodeA, nodeB)) {
            Await.until("node " + node + " is an organisation", () -> network.organisationOf(node).isPresent(),
                    Duration.ofSeconds(30));
            String mspId = network.organisationOf(node).orElseThrow().mspId();
            int port = fabric.freePort();
            fabric.startPeer(mspId, "peer0", EnrolmentFiles.unpack(peers.enrol(node, "peer0", "127.0.0.1", port),
                    data.resolve("owner-" + mspId)), port);
        }

        String publisher = signUp(accounts, Role.PUBLISHER);
        ApplicationView draft = as(() -> {
            ApplicationView created = applications.createDraft(publisher, "Customs records", "Declarations");
            return applications.saveDraft(created.applicationId(), publisher, created.design().withNodes(List.of(
                    new NodeResources(nodeA, new Capacity(20, 10, 5)), new NodeResources(nodeB, new Capacity(20, 10, 5)))));
        }, Role.PUBLISHER);
        as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                Role.PUBLISHER);
        String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
        long paid = System.nanoTime();
        as(() -> portal.bean(Billing.class).payOffline(orderId, publisher, true), Role.PUBLISHER);
        Await.until("the application is live on real Fabric", () -> applications.find(draft.applicationId())
                .filter(view -> view.status() == ApplicationStatus.LIVE || view.statusReason() != null).isPresent(),
                Duration.ofSeconds(180));
        ApplicationView live = applications.find(draft.applicationId()).orElseThrow();
        assertThat(live.status()).as(String.valueOf(live.statusReason())).isEqualTo(ApplicationStatus.LIVE);
        System.out.printf("payment confirmed -> live on real Fabric: %d ms%n", (System.nanoTime() - paid) / 1_000_000);
        assertThat(applications.channel(live.channelId()).orElseThrow().memberMspIds()).containsExactly(
                network.organisationOf(nodeA).orElseThrow().mspId(), network.organisationOf(nodeB).orElseThrow().mspId(),
                "ParticipantsMSP");

        String participant = signUp(accounts, Role.PARTICIPANT);
        as(() -> {
            applications.applyToJoin(live.applicationId(), participant, ApplicationRole.SYS_ADMIN, "we declare goods");
            return null;
        }, Role.PARTICIPANT);
        as(() -> {
            applications.approve(live.applicationId(), publisher, participant, List.of(ApplicationRole.SYS_ADMIN));
            return null;
        }, Role.PUBLISHER);
        GatewayAdministration gateway = portal.bean(GatewayAdministration.class);
        String userCode = GatewayRules.userCodeOfAccount(participant);
        Await.until("the participant is a member on the gateway", () -> gateway.member(live.appCode(), userCode).isPresent(),
                Duration.ofSeconds(10));
        GatewayCaller caller = new GatewayCaller("http://127.0.0.1:" + portal.port(), userCode, live.appCode(),
                Pems.privateKey(gateway.issueAccessKey(userCode).privateKeyPem()));
        JsonNode set = GatewayCaller.json(caller.reqChainCode("set", "{\"baseKey\":\"cd-1\",\"baseValue\":\"declared\"}"));
        assertThat(set.path("header").path("code").asInt()).as(set.toString()).isZero();
        JsonNode get = GatewayCaller.json(caller.reqChainCode("get", "cd-1"));
        assertThat(get.path("body").path("ccRes").path("ccData").asText()).as(get.toString()).contains("declared");
        assertThat(applications.channel(live.channelId()).orElseThrow().height()).as("blocks on the real orderers")
                .isGreaterThanOrEqualTo(5);
    }

    private static String signUp(Accounts accounts, Role role) {
        return accounts.signUp(UUID.randomUUID() + "@example.com", "Someone", "correct horse battery", Set.of(role), "en")
                .accountId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
