package org.openbsn.gatewayadapter.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The envelope, the macs and the reply rules of BSN-GATEWAY.md §1–3, over real HTTP. */
class GatewayProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS_REMOVE = "/api/fabric/v1/chainCode/event/remove";

    private static KeyPair gatewayKey;
    private static KeyPair userKey;
    private static ServedGateway gateway;

    @BeforeAll
    static void serve() throws Exception {
        gatewayKey = newKey();
        userKey = newKey();
        GatewayCallers callers = (userCode, appCode) -> {
            if (!appCode.equals("app0001")) {
                throw new GatewayRefusal("unknown application " + appCode);
            }
            if (!userCode.equals("USER0001")) {
                throw new GatewayRefusal("user " + userCode + " is not a member of application " + appCode);
            }
            return userKey.getPublic();
        };
        GatewayEndpoint echo = new GatewayEndpoint() {
            @Override
            public String path() {
                return EVENTS_REMOVE;
            }

            @Override
            public GatewayReply handle(GatewayRequest request) {
                if (request.text("eventId").equals("missing")) {
                    throw new GatewayRefusal("event missing is not registered");
                }
                return GatewayReply.success(JsonNodeFactory.instance.nullNode(), "");
            }
        };
        gateway = new ServedGateway(new GatewayServlet(new GatewaySigner(gatewayKey.getPrivate(), ""), callers,
                app -> { }, List.of(echo), 4096));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static KeyPair newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String removeCall(String userCode, String eventId, String mac) {
        return "{\"header\":{\"userCode\":\"" + userCode + "\",\"appCode\":\"app0001\",\"headerString\":\"x\"},"
                + "\"mac\":\"" + mac + "\",\"body\":{\"eventId\":\"" + eventId + "\",\"encryptionValue\":null}}";
    }

    private static String signedRemoveCall(String eventId) {
        return removeCall("USER0001", eventId, Macs.sign(userKey.getPrivate(), "USER0001app0001" + eventId));
    }

    private static JsonNode replyOf(ServedGateway.Reply response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentLength()).isEqualTo(
                String.valueOf(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(response.transferEncoding()).isNull();
        JsonNode reply = JSON.readTree(response.body());
        String signed = reply.path("header").path("code").asText() + reply.path("header").path("msg").asText();
        assertThat(Macs.verify(gatewayKey.getPublic(), signed, reply.path("mac").asText()))
                .as("the reply is signed by the gateway").isTrue();
        return reply;
    }

    @Test
    void aSignedCallWithUnknownFieldsIsAnsweredAndTheReplyIsSignedWithLowS() throws Exception {
        JsonNode reply = replyOf(gateway.post(EVENTS_REMOVE, signedRemoveCall("e-1")));

        assertThat(reply.path("header").path("code").asInt()).isZero();
        assertThat(iterable(reply.fieldNames())).containsExactly("header", "mac", "body");
        assertThat(reply.path("body").isNull()).isTrue();
        byte[] der = Base64.getDecoder().decode(reply.path("mac").asText());
        assertThat(LowS.isLow(der)).isTrue();
    }

    @Test
    void everyBadEnvelopeIsRefusedWithANamedProblem() throws Exception {
        Map<String, String> cases = Map.of(
                "not json at all", "not valid JSON",
                "[1,2]", "must be a JSON object",
                "", "body is empty",
                "{\"header\":{\"appCode\":\"app0001\"},\"mac\":\"x\",\"body\":{}}", "userCode is missing",
                removeCall("USER0001", "e-2", ""), "mac is missing",
                removeCall("USER0001", "e-2", Macs.sign(userKey.getPrivate(), "USER0001app0001other")), "mac does not verify",
                removeCall("USER0009", "e-2", "abc"), "user USER0009 is not a member of application app0001",
                signedRemoveCall("x".repeat(5000)), "larger than 4096 bytes",
                signedRemoveCall("missing"), "event missing is not registered");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            JsonNode reply = replyOf(gateway.post(EVENTS_REMOVE, bad.getKey()));
            assertThat(reply.path("header").path("code").asInt()).as(bad.getKey()).isEqualTo(-1);
            assertThat(reply.path("header").path("msg").asText()).as(bad.getKey()).contains(bad.getValue());
            assertThat(reply.path("body").isNull()).isTrue();
        }
    }

    @Test
    void anUnknownPathAndAnotherMethodStillGetHttp200AndCodeMinusOne() throws Exception {
        JsonNode unknown = replyOf(gateway.post("/api/fabric/v1/node/nothing", signedRemoveCall("e")));
        assertThat(unknown.path("header").path("msg").asText()).contains("unknown gateway path /api/fabric/v1/node/nothing");
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
