package org.openbsn.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.portal.support.Acting.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.applications.api.PublishingStep;
import org.openbsn.applications.api.PublishingStepView;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.OrderStatus;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.gateway.GatewayCaller;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * A whole portal on devnet: a paid order becomes a live application with its own channel, a
 * participant who applies and is approved calls the gateway; a publishing that cannot reserve
 * capacity releases everything, refunds, and says why.
 */
class PublishingIntegrationTest {

    private static final Duration PUBLISHING = Duration.ofSeconds(60);

    @TempDir
    static Path data;
    private static PortalInstance portal;
    private static Applications applications;
    private static Billing billing;
    private static CityNodes nodes;
    private static Accounts accounts;
    private static String ownerId;

    @BeforeAll
    static void start() {
        portal = PortalInstance.start(data, Map.of("bsn.gateway.callbacks.allow-private-addresses", "true"));
        applications = portal.bean(Applications.class);
        billing = portal.bean(Billing.class);
        nodes = portal.bean(CityNodes.class);
        accounts = portal.bean(Accounts.class);
        ownerId = signUp(Role.NODE_OWNER);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aPaidApplicationGoesLiveOnItsOwnChannelAnApprovedParticipantCallsItAndRetiringGivesEverythingBack() {
        String nodeA = activeNode("Shanghai-" + UUID.randomUUID().toString().substring(0, 6), new Capacity(500, 1000, 100));
        String nodeB = activeNode("Beijing-" + UUID.randomUUID().toString().substring(0, 6), new Capacity(500, 1000, 100));
        String publisher = signUp(Role.PUBLISHER);
        ApplicationView draft = draft(publisher, List.of(new NodeResources(nodeA, new Capacity(20, 10, 5)),
                new NodeResources(nodeB, new Capacity(150, 10, 5))));

        ApplicationView live = payAndAwait(publisher, draft, ApplicationStatus.LIVE);

        assertThat(live.progress()).extracting(PublishingStepView::step).containsExactly(PublishingStep.values());
        assertThat(live.peers()).extracting(peer -> peer.nodeId() + "/" + peer.dedicated())
                .containsExactlyInAnyOrder(nodeA + "/false", nodeB + "/true");
        assertThat(applications.channel(live.channelId())).hasValueSatisfying(channel -> {
            assertThat(channel.clusterId()).isEqualTo(live.clusterId());
            assertThat(channel.chaincodes()).contains("base");
        });
        assertThat(nodes.find(nodeA).orElseThrow().reserved()).isEqualTo(new Capacity(20, 10, 5));
        assertThat(billing.order(live.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);

        String participant = signUp(Role.PARTICIPANT);
        as(() -> {
            applications.applyToJoin(live.applicationId(), participant, ApplicationRole.SYS_ADMIN, "we ship goods");
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

        JsonNode set = GatewayCaller.json(caller.reqChainCode("set", "{\"baseKey\":\"bl-1\",\"baseValue\":\"shipped\"}"));
        assertThat(set.path("header").path("code").asInt()).as(set.toString()).isZero();
        JsonNode get = GatewayCaller.json(caller.reqChainCode("get", "bl-1"));
        assertThat(get.path("body").path("ccRes").path("ccData").asText()).as(get.toString()).contains("shipped");
        assertThat(applications.channel(live.channelId()).orElseThrow().height()).as("the set was committed in a block").isPositive();

        // the base chaincode's default functions include its events: a new application's SysAdmin subscribes at once
        List<String> callbacks = new CopyOnWriteArrayList<>();
        HttpServer businessSystem = callbackReceiver(callbacks);
        try {
            JsonNode registered = GatewayCaller.json(caller.registerChaincodeEvent("base", "event_set",
                    "http://127.0.0.1:" + businessSystem.getAddress().getPort() + "/bsn-events", "bills"));
            assertThat(registered.path("header").path("code").asInt()).as(registered.toString()).isZero();
            JsonNode again = GatewayCaller.json(caller.reqChainCode("set", "{\"baseKey\":\"bl-2\",\"baseValue\":\"loaded\"}"));
            assertThat(again.path("header").path("code").asInt()).as(again.toString()).isZero();
            Await.until("the event_set callback reaches the business system",
                    () -> callbacks.stream().anyMatch(body -> body.contains("event_set") && body.contains("bills")),
                    Duration.ofSeconds(30));
        } finally {
            businessSystem.stop(0);
        }

        as(() -> applications.suspend(live.applicationId(), "operator-1", "a complaint under review"), Role.OPERATOR);
        Await.until("the gateway refuses the suspended application's calls", () -> GatewayCaller.json(
                caller.reqChainCode("get", "bl-1")).path("header").path("msg").asText().contains("no TPS purchased"),
                Duration.ofSeconds(20));
        as(() -> applications.resume(live.applicationId(), "operator-1"), Role.OPERATOR);
        Await.until("the resumed application is served again", () -> GatewayCaller.json(
                caller.reqChainCode("get", "bl-1")).path("header").path("code").asInt() == 0, Duration.ofSeconds(20));

        as(() -> applications.retire(live.applicationId(), publisher), Role.PUBLISHER);
        Await.until("both nodes hold nothing for the retired application",
                () -> nodes.find(nodeA).orElseThrow().reserved().equals(Capacity.NONE)
                        && nodes.find(nodeB).orElseThrow().reserved().equals(Capacity.NONE), Duration.ofSeconds(20));
        Await.until("the gateway refuses the retired application's calls", () -> GatewayCaller.json(
                caller.reqChainCode("get", "bl-1")).path("header").path("msg").asText().contains("no TPS purchased"),
                Duration.ofSeconds(20));
    }

    @Test
    void aPublishingThatCannotReserveReleasesEverythingRefundsAndSaysWhy() {
        String roomy = activeNode("Shenzhen-" + UUID.randomUUID().toString().substring(0, 6), new Capacity(500, 1000, 100));
        String small = activeNode("Chengdu-" + UUID.randomUUID().toString().substring(0, 6), new Capacity(50, 1000, 100));
        String publisher = signUp(Role.PUBLISHER);
        ApplicationView draft = draft(publisher, List.of(new NodeResources(roomy, new Capacity(20, 10, 5)),
                new NodeResources(small, new Capacity(40, 10, 5))));
        String checkout = as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                Role.PUBLISHER);
        assertThat(checkout).isNotBlank();
        // the capacity is held for this checkout, so only a node that stops serving meanwhile can fail the reservation
        as(() -> nodes.suspend(small, "operator-1", "maintenance"), Role.OPERATOR);

        String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
        as(() -> billing.payOffline(orderId, publisher, true), Role.PUBLISHER);
        ApplicationView failed = awaitStatus(draft.applicationId(), ApplicationStatus.DRAFT, PUBLISHING);

        assertThat(failed.statusReason().text()).contains("CAPACITY_RESERVED").contains("not active");
        Await.until("the order is refunded", () -> billing.order(orderId).orElseThrow().status() == OrderStatus.REFUNDED,
                Duration.ofSeconds(10));
        Await.until("the roomy node holds nothing for the failed application",
                () -> nodes.find(roomy).orElseThrow().reserved().equals(Capacity.NONE), Duration.ofSeconds(10));
        Await.until("the suspended node holds nothing for the failed application either",
                () -> nodes.find(small).orElseThrow().held().equals(Capacity.NONE), Duration.ofSeconds(10));
        assertThat(nodes.find(small).orElseThrow().reserved()).isEqualTo(Capacity.NONE);
    }

    /** A business system's callback endpoint on loopback: keeps each body and answers "success". */
    private static HttpServer callbackReceiver(List<String> bodies) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] success = "success".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, success.length);
                exchange.getResponseBody().write(success);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApplicationView draft(String publisher, List<NodeResources> chosen) {
        return as(() -> {
            ApplicationView created = applications.createDraft(publisher, "Bills of lading", "Shipping documents");
            return applications.saveDraft(created.applicationId(), publisher, created.design().withNodes(chosen));
        }, Role.PUBLISHER);
    }

    private static ApplicationView payAndAwait(String publisher, ApplicationView draft, ApplicationStatus expected) {
        as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                Role.PUBLISHER);
        String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
        as(() -> billing.payOffline(orderId, publisher, true), Role.PUBLISHER);
        return awaitStatus(draft.applicationId(), expected, PUBLISHING);
    }

    private static ApplicationView awaitStatus(String applicationId, ApplicationStatus status, Duration patience) {
        Await.until("application " + applicationId + " is " + status,
                () -> applications.find(applicationId).orElseThrow().status() == status, patience);
        return applications.find(applicationId).orElseThrow();
    }

    private static String activeNode(String name, Capacity capacity) {
        return TestNodes.active(nodes, ownerId, name, "上海", capacity);
    }

    private static String signUp(Role role) {
        return accounts.signUp(UUID.randomUUID() + "@example.com", "Someone", "correct horse battery", Set.of(role), "en")
                .accountId();
    }
}
