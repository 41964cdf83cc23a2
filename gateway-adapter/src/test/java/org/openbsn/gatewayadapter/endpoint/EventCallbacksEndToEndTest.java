package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.openbsn.infra.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Event subscriptions end to end: a business system registers through BSN's protocol, the base
 * chaincode raises events on a real devnet, and a real HTTP receiver gets the gateway's signed
 * callbacks, resent on the (shortened) schedule. Application {@code ev…} runs on channel
 * {@code events-cb}; its function {@code events} (EVENT) is in role SysAdmin but not in Reader.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventCallbacksEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SETTINGS = Map.of(
            "bsn.gateway.node-code", "testnode",
            "bsn.gateway.events.max-per-participant", "3",
            "bsn.gateway.events.refresh-interval", "500ms",
            "bsn.gateway.callbacks.retry-delays", "1s,1s,1s,1s",
            "bsn.gateway.callbacks.poll-interval", "100ms",
            "bsn.gateway.callbacks.read-timeout", "2s",
            "bsn.gateway.callbacks.claim", "3s",
            "bsn.gateway.callbacks.allow-private-addresses", "true");

    @TempDir
    static Path data;

    private static Devnet devnet;
    private static ConfigurableApplicationContext context;
    private static ServedGateway served;
    private static GatewayAdministration administration;
    private static CallbackReceiver receiver;
    private static KeyPair gatewayKey;
    private static X509Certificate gatewayCertificate;
    private static GatewaySigner signer;
    private static String app;
    private static String run;
    private static int members;

    @BeforeAll
    static void start() {
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        devnet.openChannel("events-cb", List.of("Org1MSP"));
        devnet.deployBaseChaincode("events-cb", "base");
        gatewayKey = Pems.newP256KeyPair();
        gatewayCertificate = devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT, gatewayKey.getPublic());
        signer = new GatewaySigner(gatewayKey.getPrivate(), Pems.of(gatewayCertificate));
        context = GatewayTestApplication.start(devnet, "an events secret of some length", signer, SETTINGS);
        administration = context.getBean(GatewayAdministration.class);
        served = new ServedGateway(new GatewayServlet(signer, context.getBean(GatewayCallers.class),
                new ArrayList<>(context.getBeansOfType(GatewayEndpoint.class).values()), 1 << 20));
        receiver = new CallbackReceiver();

        run = Long.toString(System.nanoTime(), 36);
        app = "ev" + run;
        List<GatewayFunction> functions = new ArrayList<>(GatewayFunction.ofBaseChaincode());
        functions.add(new GatewayFunction("events", "event_.*", FunctionType.EVENT));
        administration.define(new DefineGatewayApplicationCommand(app, "Events", "events-cb", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, functions, List.of(GatewayRole.sysAdminOf(functions),
                        new GatewayRole("Reader", List.of("get")))));
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.close();
        }
        if (served != null) {
            served.close();
        }
        if (context != null) {
            context.close();
        }
        devnet.close();
    }

    /** A new participant of the application with {@code roles} and an access key. */
    private static EventClient member(String... roles) {
        String userCode = "U" + (++members) + run;
        administration.admit(new AdmitParticipantCommand(app, userCode, List.of(roles)));
        return new EventClient(new BsnTestClient(served, gatewayKey.getPublic(), userCode, app,
                Pems.privateKey(administration.issueAccessKey(userCode).privateKeyPem())));
    }

    private static String set(EventClient client, String key, String value) {
        JsonNode reply = client.bsn.reqChainCode("", "set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}");
        assertSuccess(reply);
        return reply.path("body").path("blockInfo").path("txId").asText();
    }

    private static void assertSuccess(JsonNode reply) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
    }

    private static void assertRefused(EventClient client, JsonNode reply, String message) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isEqualTo(-1);
        assertThat(reply.path("header").path("msg").asText()).contains(message);
        assertThat(reply.path("body").isNull()).as("body of " + reply).isTrue();
        assertThat(client.bsn.replyVerifies(reply, "")).as("a refusal is signed too").isTrue();
    }

    private static String eventIdOf(EventClient client, JsonNode reply) {
        assertSuccess(reply);
        String eventId = reply.path("body").path("eventId").asText();
        assertThat(eventId).matches("[0-9a-f]{32}");
        assertThat(client.bsn.replyVerifies(reply, eventId)).isTrue();
        return eventId;
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** BSN's callback mac: userCode+appCode+ the body's values in order, signed with the gateway key. */
    private static boolean callbackVerifies(JsonNode callback) {
        String text = callback.path("header").path("userCode").asText() + callback.path("header").path("appCode").asText()
                + BsnTestClient.valuesInOrder(callback.path("body"));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(gatewayCertificate.getPublicKey());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(callback.path("mac").asText()));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static JdbcClient jdbc() {
        return TestDatabase.get().jdbc();
    }

    private static String status(String eventId) {
        return jdbc().sql("select status from gateway_event_delivery where event_id = :id").param("id", eventId)
                .query(String.class).optional().orElse("");
    }

    private static List<String> outcomes(String eventId) {
        return jdbc().sql("""
                select a.outcome from gateway_event_delivery_attempt a join gateway_event_delivery d on d.id = a.delivery_id
                where d.event_id = :id order by a.attempt""").param("id", eventId).query(String.class).list();
    }

    private static List<String> nonces(List<JsonNode> callbacks) {
        return callbacks.stream().map(callback -> callback.path("body").path("nonceStr").asText()).toList();
    }

    @Test
    void aMatchingChaincodeEventReachesTheNotifyUrlWithEveryFieldSignedByTheGateway() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        String url = receiver.url("/ok/cc");
        String eventId = eventIdOf(admin, admin.register("base", "event_(set|update)", url, "order=17"));

        String firstTx = set(admin, "cc-1", "packed");
        assertSuccess(admin.bsn.reqChainCode("", "delete", "cc-1"));
        String lastTx = set(admin, "cc-2", "shipped");
        await("both sets are called back", () -> receiver.received("/ok/cc").size() == 2);

        JsonNode callback = receiver.received("/ok/cc").stream()
                .filter(c -> c.path("body").path("txId").asText().equals(firstTx)).findFirst().orElseThrow();
        assertThat(keys(callback)).containsExactly("header", "body", "mac");
        assertThat(callback.path("header").path("userCode").asText()).isEqualTo(admin.bsn.userCode);
        assertThat(callback.path("header").path("appCode").asText()).isEqualTo(app);
        JsonNode body = callback.path("body");
        assertThat(keys(body)).containsExactly("chainCode", "orgCode", "eventKey", "eventId", "attachArgs",
                "eventName", "txId", "payload", "blockNumber", "nonceStr", "previousHash");
        assertThat(body.path("chainCode").asText()).isEqualTo("base");
        assertThat(body.path("orgCode").asText()).isEqualTo("testnode");
        assertThat(body.path("eventKey").asText()).isEqualTo("event_(set|update)");
        assertThat(body.path("eventId").asText()).isEqualTo(eventId);
        assertThat(body.path("attachArgs").asText()).isEqualTo("order=17");
        assertThat(body.path("eventName").asText()).isEqualTo("event_set");
        assertThat(body.path("payload").asText()).as("the event's payload as UTF-8 text")
                .isEqualTo("{\"baseKey\":\"cc-1\",\"baseValue\":\"packed\"}");
        assertThat(body.path("blockNumber").isIntegralNumber()).isTrue();
        assertThat(body.path("nonceStr").asText()).isNotEmpty();
        assertThat(body.path("previousHash").asText()).isEmpty();
        assertThat(callbackVerifies(callback)).isTrue();
        assertThat(receiver.received("/ok/cc")).extracting(c -> c.path("body").path("txId").asText())
                .containsExactlyInAnyOrder(firstTx, lastTx);
        assertThat(jdbc().sql("select count(*) from gateway_event_delivery where event_id = :id")
                .param("id", eventId).query(Integer.class).single()).as("event_delete does not match").isEqualTo(2);
    }

    @Test
    void aBlockSubscriptionIsCalledBackForEachNewBlockWithItsPreviousHash() {
        EventClient reader = member("Reader");
        EventClient writer = member(GatewayRole.SYS_ADMIN);
        set(writer, "b-0", "before");
        LedgerIdentity portal = context.getBean(LedgerIdentity.class);
        long heightBefore = context.getBean(LedgerClient.class).height(portal, "events-cb");
        String eventId = eventIdOf(reader, reader.blockRegister(receiver.url("/ok/blocks"), ""));

        set(writer, "b-1", "after");
        await("a block is called back", () -> !receiver.received("/ok/blocks").isEmpty());

        JsonNode callback = receiver.received("/ok/blocks").get(0);
        JsonNode body = callback.path("body");
        assertThat(body.path("eventId").asText()).isEqualTo(eventId);
        assertThat(body.path("chainCode").asText()).isEmpty();
        assertThat(body.path("eventName").asText()).isEmpty();
        assertThat(body.path("txId").asText()).isEmpty();
        assertThat(body.path("blockNumber").asLong()).as("only blocks after the registration").isGreaterThanOrEqualTo(heightBefore);
        assertThat(body.path("previousHash").asText()).matches("[0-9a-f]{64}");
        assertThat(callbackVerifies(callback)).isTrue();
    }

    @Test
    void aReceiverThatFailsTwiceGetsExactlyThreeSendsWithTheSameNonce() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        receiver.failFirst("/flaky", 2);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/flaky"), ""));

        set(admin, "f-1", "x");
        await("the callback is delivered", () -> status(eventId).equals("DELIVERED"));

        assertThat(receiver.received("/flaky")).hasSize(3);
        assertThat(nonces(receiver.received("/flaky"))).containsOnly(nonces(receiver.received("/flaky")).get(0));
        assertThat(outcomes(eventId)).containsExactly("RETRY", "RETRY", "DELIVERED");
    }

    @Test
    void aReceiverThatNeverSucceedsGetsFiveSendsAndTheCallbackFails() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        receiver.failFirst("/never", Integer.MAX_VALUE);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/never"), ""));

        set(admin, "n-1", "x");
        await("the callback fails", () -> status(eventId).equals("FAILED"));

        assertThat(receiver.received("/never")).hasSize(5);
        assertThat(outcomes(eventId)).containsExactly("RETRY", "RETRY", "RETRY", "RETRY", "FAILED");
        assertThat(jdbc().sql("""
                select count(*) from gateway_event_delivery_attempt a join gateway_event_delivery d on d.id = a.delivery_id
                where d.event_id = :id and a.http_status = 500 and a.error like '%does not contain "success"%'""")
                .param("id", eventId).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void queryListsTheCallersSubscriptionsAndRemoveStopsTheirCallbacks() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        String removed = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/removed"), "a=1"));
        String kept = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/kept"), ""));
        String blocks = eventIdOf(admin, admin.blockRegister(receiver.url("/kept-blocks"), "b=2"));

        JsonNode listed = admin.query();
        assertSuccess(listed);
        assertThat(listed.path("body").isArray()).isTrue();
        assertThat(listed.path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(removed, kept, blocks);
        JsonNode first = listed.path("body").get(0);
        assertThat(keys(first)).containsExactly("eventId", "eventKey", "notifyUrl", "attachArgs",
                "createTime", "orgCode", "userCode", "appCode", "chainCode", "eventType");
        assertThat(first.path("createTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(first.path("orgCode").asText()).isEqualTo("testnode");
        assertThat(first.path("eventType").asText()).isEmpty();
        assertThat(listed.path("body").get(2).path("eventType").asText()).isEqualTo("block");
        assertThat(listed.path("body").get(2).path("chainCode").asText()).isEmpty();
        assertThat(admin.bsn.replyVerifies(listed, BsnTestClient.valuesInOrder(listed.path("body")))).isTrue();

        JsonNode gone = admin.remove(removed);
        assertSuccess(gone);
        assertThat(gone.path("body").isNull()).isTrue();
        assertThat(admin.bsn.replyVerifies(gone, "")).isTrue();
        assertThat(admin.query().path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(kept, blocks);

        String txId = set(admin, "r-1", "x");
        await("the kept subscription is called back", () -> receiver.received("/kept").stream()
                .anyMatch(c -> c.path("body").path("txId").asText().equals(txId)));
        assertThat(receiver.received("/removed")).isEmpty();
        assertThat(status(removed)).as("no callback is even queued").isEmpty();
        assertThat(admin.register("base", "event_set", receiver.url("/one-more"), "").path("header").path("code").asInt())
                .as("room for one more after the removal").isZero();
        assertRefused(admin, admin.register("base", "event_set", receiver.url("/too-many"), ""),
                "user " + admin.bsn.userCode + " already has 3 event subscriptions in application " + app);
    }

    @Test
    void badRegistrationsAndRemovalsAreRefusedNamingTheProblem() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        String url = receiver.url("/bad");
        assertRefused(admin, admin.register("base", "event_(", url, ""), "eventKey is not a valid regular expression");
        assertRefused(admin, admin.register("base", "", url, ""), "eventKey is missing");
        assertRefused(admin, admin.register("other", "event_set", url, ""), "application " + app + " runs chaincode base, not other");
        assertRefused(admin, admin.register("base", "event_set", "ftp://example.com/x", ""),
                "notifyUrl must be an absolute http or https URL");
        assertRefused(admin, admin.register("base", "event_set", "callbacks/here", ""),
                "notifyUrl must be an absolute http or https URL");
        assertRefused(admin, admin.register("base", "event_set", "http://example.com/" + "x".repeat(600), ""),
                "notifyUrl is longer than 512 characters");
        assertRefused(admin, admin.blockRegister("", ""), "notifyUrl is missing");
        assertRefused(admin, admin.remove("0123456789abcdef0123456789abcdef"),
                "unknown eventId 0123456789abcdef0123456789abcdef");

        EventClient reader = member("Reader");
        assertRefused(reader, reader.register("base", "event_set", url, ""), "role Reader of user " + reader.bsn.userCode
                + " in application " + app + " does not include an EVENT function (events)");

        String owned = eventIdOf(admin, admin.register("base", "event_set", url, ""));
        assertRefused(reader, reader.remove(owned), "unknown eventId " + owned);
        assertThat(admin.query().path("body")).extracting(e -> e.path("eventId").asText()).contains(owned);

        String outsider = "OUT" + run;
        EventClient stranger = new EventClient(new BsnTestClient(served, gatewayKey.getPublic(), outsider, app,
                Pems.privateKey(administration.issueAccessKey(outsider).privateKeyPem())));
        assertRefused(stranger, stranger.register("base", "event_set", url, ""),
                "user " + outsider + " is not a member of application " + app);
        JsonNode query = stranger.query();
        assertThat(query.path("header").path("code").asInt()).isEqualTo(-1);
        assertThat(query.path("body").isArray() && query.path("body").isEmpty()).as("event/query keeps []").isTrue();
    }

    @Test
    void twoGatewayInstancesFollowTheSameEventsButQueueAndSendEachCallbackOnce() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        receiver.failFirst("/twice-a", 1);
        String first;
        String other;
        try (ConfigurableApplicationContext second = GatewayTestApplication.start(devnet, "an events secret of some length",
                signer, SETTINGS);
             ServedGateway secondServed = new ServedGateway(new GatewayServlet(signer, second.getBean(GatewayCallers.class),
                     new ArrayList<>(second.getBeansOfType(GatewayEndpoint.class).values()), 1 << 20))) {
            EventClient viaSecond = new EventClient(new BsnTestClient(secondServed, gatewayKey.getPublic(),
                    admin.bsn.userCode, app, admin.bsn.accessKey()));
            // registering on an instance starts its follower at once, so both instances follow the chaincode
            first = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/twice-a"), ""));
            other = eventIdOf(viaSecond, viaSecond.register("base", "event_set", receiver.url("/twice-b"), ""));

            set(admin, "t-1", "x");
            await("both callbacks are delivered", () -> status(first).equals("DELIVERED") && status(other).equals("DELIVERED"));
        }
        assertThat(receiver.received("/twice-a")).hasSize(2);
        assertThat(nonces(receiver.received("/twice-a"))).containsOnly(nonces(receiver.received("/twice-a")).get(0));
        assertThat(outcomes(first)).containsExactly("RETRY", "DELIVERED");
        assertThat(receiver.received("/twice-b")).hasSize(1);
        assertThat(outcomes(other)).containsExactly("DELIVERED");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aPendingCallbackIsSentAfterTheGatewayRestarts() {
        EventClient admin = member(GatewayRole.SYS_ADMIN);
        receiver.failFirst("/restart", Integer.MAX_VALUE);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/restart"), ""));
        set(admin, "s-1", "x");
        await("the first send fails", () -> outcomes(eventId).size() == 1);

        context.close();
        int sendsBefore = receiver.received("/restart").size();
        receiver.failFirst("/restart", 0);
        context = GatewayTestApplication.start(devnet, "an events secret of some length", signer, SETTINGS);
        await("the callback is delivered after the restart", () -> status(eventId).equals("DELIVERED"));

        assertThat(sendsBefore).isEqualTo(1);
        assertThat(receiver.received("/restart")).hasSize(2);
        assertThat(nonces(receiver.received("/restart"))).containsOnly(nonces(receiver.received("/restart")).get(0));
        assertThat(outcomes(eventId)).containsExactly("RETRY", "DELIVERED");
    }

    /** A business system's event calls (BSN-GATEWAY.md §2), made with {@link BsnTestClient}'s envelope. */
    private record EventClient(BsnTestClient bsn) {

        JsonNode register(String chainCode, String eventKey, String notifyUrl, String attachArgs) {
            ObjectNode body = JSON.createObjectNode().put("attachArgs", attachArgs).put("chainCode", chainCode)
                    .put("eventKey", eventKey).put("notifyUrl", notifyUrl);
            return bsn.post("/api/fabric/v1/chainCode/event/register",
                    bsn.envelope(body, bsn.userCode + bsn.appCode + chainCode + eventKey + notifyUrl + attachArgs));
        }

        /** The Java SDK's blockRegister: no chainCode or eventKey, signed B+notifyUrl+attachArgs. */
        JsonNode blockRegister(String notifyUrl, String attachArgs) {
            ObjectNode body = JSON.createObjectNode().put("attachArgs", attachArgs).put("notifyUrl", notifyUrl);
            return bsn.post("/api/fabric/v1/chainCode/event/blockRegister",
                    bsn.envelope(body, bsn.userCode + bsn.appCode + notifyUrl + attachArgs));
        }

        /** The Java SDK's query: no body at all. */
        JsonNode query() {
            ObjectNode envelope = JSON.createObjectNode();
            envelope.putObject("header").put("appCode", bsn.appCode).put("userCode", bsn.userCode);
            envelope.put("mac", BsnTestClient.sign(bsn.accessKey(), bsn.userCode + bsn.appCode));
            return bsn.post("/api/fabric/v1/chainCode/event/query", envelope.toString());
        }

        JsonNode remove(String eventId) {
            return bsn.post("/api/fabric/v1/chainCode/event/remove",
                    bsn.envelope(JSON.createObjectNode().put("eventId", eventId), bsn.userCode + bsn.appCode + eventId));
        }
    }
}
