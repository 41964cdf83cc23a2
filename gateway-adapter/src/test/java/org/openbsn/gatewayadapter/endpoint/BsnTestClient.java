package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;
import org.openbsn.gatewayadapter.protocol.ServedGateway;

/**
 * A business system's side of the gateway, written from BSN-GATEWAY.md alone: it builds each
 * path's mac string itself (§2) and sends the envelope the way the Java SDK does (keys sorted,
 * {@code headerString} and {@code encryptionValue} included), then checks the reply's mac (§3).
 */
final class BsnTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServedGateway gateway;
    private final PublicKey gatewayKey;
    final String userCode;
    final String appCode;
    private final PrivateKey accessKey;

    BsnTestClient(ServedGateway gateway, PublicKey gatewayKey, String userCode, String appCode, PrivateKey accessKey) {
        this.gateway = gateway;
        // a business system keeps its key objects; BouncyCastle's keep their precomputed tables too
        this.gatewayKey = BouncyCastleKeys.publicKey(gatewayKey);
        this.userCode = userCode;
        this.appCode = appCode;
        this.accessKey = accessKey == null ? null : BouncyCastleKeys.privateKey(accessKey);
    }

    PrivateKey accessKey() {
        return accessKey;
    }

    /** The same participant, calling another gateway instance. */
    BsnTestClient via(ServedGateway otherGateway) {
        return new BsnTestClient(otherGateway, gatewayKey, userCode, appCode, accessKey);
    }

    BsnTestClient as(String otherUserCode, String otherAppCode, PrivateKey otherKey) {
        return new BsnTestClient(gateway, gatewayKey, otherUserCode, otherAppCode, otherKey);
    }

    /** The Java SDK's getAppInfo: no mac and no body. */
    JsonNode getAppInfo() {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("header").put("appCode", appCode).put("headerString", userCode + appCode).put("userCode", userCode);
        return post("/api/app/getAppInfo", envelope.toString());
    }

    JsonNode register(String name, String secret) {
        ObjectNode body = JSON.createObjectNode().put("extendProperties", "").put("name", name).put("secret", secret);
        return post("/api/fabric/v1/user/register", envelope(body, userCode + appCode + name + secret + ""));
    }

    JsonNode enroll(String name, String secret, String csrPem) {
        ObjectNode body = JSON.createObjectNode().put("csrPem", csrPem).put("name", name).put("secret", secret);
        return post("/api/fabric/v1/user/enroll", envelope(body, userCode + appCode + name + secret + csrPem));
    }

    /** A reqChainCode body with a fresh nonce (Base64 of 24 random bytes), as the SDKs make one. */
    String reqChainCodeBody(String userName, String funcName, List<String> args, Map<String, String> transientData) {
        byte[] nonceBytes = new byte[24];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        StringBuilder signed = new StringBuilder(userCode + appCode + userName + nonce + "base" + funcName);
        args.forEach(signed::append);
        transientData.forEach((key, value) -> signed.append(key).append(value));
        ObjectNode body = JSON.createObjectNode();
        args.forEach(body.putArray("args")::add);
        body.put("chainCode", "base").put("funcName", funcName).put("nonce", nonce);
        ObjectNode transients = body.putObject("transientData");
        transientData.forEach(transients::put);
        body.put("userName", userName);
        return envelope(body, signed.toString());
    }

    JsonNode reqChainCode(String userName, String funcName, String... args) {
        return post("/api/fabric/v1/node/reqChainCode", reqChainCodeBody(userName, funcName, List.of(args), Map.of()));
    }

    JsonNode post(String path, String envelope) {
        try {
            var response = gateway.post(path, envelope);
            if (response.statusCode() != 200) {
                throw new AssertionError("the gateway answered HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the reply is not JSON", e);
        }
    }

    String envelope(ObjectNode body, String macText) {
        ObjectNode envelope = JSON.createObjectNode();
        body.putNull("encryptionValue");
        envelope.set("body", body);
        envelope.putObject("header").put("appCode", appCode).put("headerString", userCode + appCode).put("userCode", userCode);
        envelope.put("mac", sign(accessKey, macText));
        return envelope.toString();
    }

    static String sign(PrivateKey key, String text) {
        try {
            Signature signature = BouncyCastleKeys.sha256WithEcdsa();
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the reply's mac signs code + msg + {@code bodyText} with the gateway's key. */
    boolean replyVerifies(JsonNode reply, String bodyText) {
        String text = reply.path("header").path("code").asText() + reply.path("header").path("msg").asText() + bodyText;
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(gatewayKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(reply.path("mac").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The Python SDK's body string: every value, depth first, in the order the keys appear in the JSON. */
    static String valuesInOrder(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isContainerNode()) {
            StringBuilder text = new StringBuilder();
            node.elements().forEachRemaining(child -> text.append(valuesInOrder(child)));
            return text.toString();
        }
        return node.asText();
    }
}
