package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import com.fasterxml.jackson.databind.JsonNode;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.openbsn.infra.testing.Await;
import org.openbsn.infra.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the event tests run against: a devnet with the base chaincode on channel {@code events-…},
 * the module (with a gateway signing key, callbacks resent after 1 s, a reply awaited 2 s, private addresses allowed,
 * at most 3 subscriptions per participant) served by Tomcat, a callback receiver, and application
 * {@code ev…} whose function {@code events} (EVENT) is in role SysAdmin but not in Reader.
 */
final class EventsTestGateway implements AutoCloseable {

    private static final Map<String, String> SETTINGS = Map.of(
            "bsn.gateway.node-code", "testnode",
            "bsn.gateway.events.max-per-participant", "3",
            "bsn.gateway.events.refresh-interval", "500ms",
            "bsn.gateway.callbacks.retry-delays", "1s,1s,1s,1s",
            "bsn.gateway.callbacks.poll-interval", "100ms",
            "bsn.gateway.callbacks.read-timeout", "2s",
            "bsn.gateway.callbacks.connect-timeout", "1s",
            "bsn.gateway.callbacks.claim", "10s",
            "bsn.gateway.callbacks.allow-private-addresses", "true");

    final Devnet devnet;
    final CallbackReceiver receiver = new CallbackReceiver();
    final String app;
    /** The application's channel, new for each fixture: listeners' checkpoints outlive a devnet in the shared database. */
    final String channel;
    private final X509Certificate gatewayCertificate;
    private final GatewaySigner signer;
    private final String run = Long.toString(System.nanoTime(), 36);
    private ConfigurableApplicationContext context;
    private ServedGateway served;
    private int members;

    EventsTestGateway(Path data) {
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        channel = "events-" + run;
        devnet.openChannel(channel, List.of("Org1MSP"));
        devnet.deployBaseChaincode(channel, "base");
        KeyPair gatewayKey = Pems.newP256KeyPair();
        gatewayCertificate = devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT, gatewayKey.getPublic());
        signer = new GatewaySigner(gatewayKey.getPrivate(), Pems.of(gatewayCertificate));
        context = startInstance();
        served = serve(context);
        app = "ev" + run;
        List<ApplicationFunction> functions = ApplicationFunction.ofBaseChaincode(); // events included
        administration().define(new DefineGatewayApplicationCommand(app, "Events", channel, "Org1MSP", "base",
                CertificateMode.KEY_TRUST, functions, List.of(ApplicationRole.sysAdminOf(functions),
                        new ApplicationRole("Reader", List.of("get")))));
        administration().setQuota(new SetGatewayQuotaCommand(app, "testnode", 500));
    }

    /** Another portal instance over the same database and devnet. */
    ConfigurableApplicationContext startInstance() {
        return GatewayTestApplication.start(devnet, signer, SETTINGS);
    }

    ServedGateway serve(ConfigurableApplicationContext instance) {
        return new ServedGateway(new GatewayServlet(signer, instance.getBean(GatewayCallers.class),
                instance.getBean(GatewayQuotas.class), new ArrayList<>(instance.getBeansOfType(GatewayEndpoint.class).values()), 1 << 20));
    }

    /** The gateway the tests talk to (a new one after {@link #start()}). */
    ServedGateway served() {
        return served;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** Closes the instance the tests talk to; {@link #start()} starts it again. */
    void stop() {
        served.close();
        context.close();
    }

    void start() {
        context = startInstance();
        served = serve(context);
    }

    GatewayAdministration administration() {
        return context.getBean(GatewayAdministration.class);
    }

    /** A new participant of the application with {@code roles} and an access key. */
    EventClient member(String... roles) {
        String userCode = "U" + (++members) + run;
        administration().admit(new AdmitParticipantCommand(app, userCode, List.of(roles)));
        return participant(userCode);
    }

    /** A participant with an access key, whether or not it is a member. */
    EventClient participant(String userCode) {
        return new EventClient(new BsnTestClient(served, gatewayCertificate.getPublicKey(), userCode, app,
                Pems.privateKey(administration().issueAccessKey(userCode).privateKeyPem())));
    }

    /** {@code client} sets {@code key} through reqChainCode, which raises event_set; answers the transaction id. */
    static String set(EventClient client, String key, String value) {
        JsonNode reply = client.bsn().reqChainCode("", "set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}");
        assertSuccess(reply);
        return reply.path("body").path("blockInfo").path("txId").asText();
    }

    static void assertSuccess(JsonNode reply) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
    }

    static void assertRefused(EventClient client, JsonNode reply, String message) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isEqualTo(-1);
        assertThat(reply.path("header").path("msg").asText()).contains(message);
        assertThat(reply.path("body").isNull()).as("body of " + reply).isTrue();
        assertThat(client.bsn().replyVerifies(reply, "")).as("a refusal is signed too").isTrue();
    }

    /** The eventId of a successful registration, after checking its form and the reply's mac. */
    static String eventIdOf(EventClient client, JsonNode reply) {
        assertSuccess(reply);
        String eventId = reply.path("body").path("eventId").asText();
        assertThat(eventId).matches("[0-9a-f]{32}");
        assertThat(client.bsn().replyVerifies(reply, eventId)).isTrue();
        return eventId;
    }

    static void await(String what, BooleanSupplier condition) {
        Await.until(what, condition, Duration.ofSeconds(30));
    }

    static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** BSN's callback mac: userCode+appCode+ the body's values in order, checked with the gateway's certificate. */
    boolean callbackVerifies(JsonNode callback) {
        String text = callback.path("header").path("userCode").asText() + callback.path("header").path("appCode").asText()
                + BsnTestClient.valuesInOrder(callback.path("body"));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(gatewayCertificate);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(callback.path("mac").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static JdbcClient jdbc() {
        return TestDatabase.get().jdbc();
    }

    /** The state of the subscription's (single) callback: PENDING, DELIVERED, FAILED, or "" when none was queued. */
    static String status(String eventId) {
        return jdbc().sql("select status from gateway_event_delivery where event_id = :id").param("id", eventId)
                .query(String.class).optional().orElse("");
    }

    /** The recorded outcome of each send of the subscription's callbacks, in order. */
    static List<String> outcomes(String eventId) {
        return jdbc().sql("""
                select a.outcome from gateway_event_delivery_attempt a join gateway_event_delivery d on d.id = a.delivery_id
                where d.event_id = :id order by a.attempt""").param("id", eventId).query(String.class).list();
    }

    static List<String> nonces(List<JsonNode> callbacks) {
        return callbacks.stream().map(callback -> callback.path("body").path("nonceStr").asText()).toList();
    }

    @Override
    public void close() {
        receiver.close();
        if (served != null) {
            served.close();
        }
        if (context != null && context.isActive()) {
            context.close();
        }
        devnet.close();
    }
}
