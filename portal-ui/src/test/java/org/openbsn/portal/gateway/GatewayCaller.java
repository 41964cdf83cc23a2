package org.openbsn.portal.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A business system calling the portal's smart gateway over plain HTTP, as BSN-GATEWAY.md describes
 * it: no session, no cookie, only the envelope and its mac; replies checked with the gateway's key.
 */
public final class GatewayCaller {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String userCode;
    private final String appCode;
    private final PrivateKey accessKey;

    public GatewayCaller(String baseUrl, String userCode, String appCode, PrivateKey accessKey) {
        this.baseUrl = baseUrl;
        this.userCode = userCode;
        this.appCode = appCode;
        this.accessKey = accessKey;
    }

    /** The reply to getAppInfo, sent as the Java SDK sends it: no mac, no body. */
    public HttpResponse<String> getAppInfo() {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("header").put("appCode", appCode).put("userCode", userCode);
        return post("/api/app/getAppInfo", envelope.toString());
    }

    /** A reqChainCode of the base chaincode, signed with the access key, with a fresh nonce. */
    public HttpResponse<String> reqChainCode(String funcName, String... args) {
        return reqChainCodeOf("base", funcName, args);
    }

    /** A reqChainCode of the application's chaincode {@code chainCode}, signed with the access key, with a fresh nonce. */
    public HttpResponse<String> reqChainCodeOf(String chainCode, String funcName, String... args) {
        byte[] nonceBytes = new byte[24];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        ObjectNode body = JSON.createObjectNode();
        StringBuilder macText = new StringBuilder(userCode + appCode + nonce + chainCode + funcName);
        for (String arg : args) {
            body.withArray("args").add(arg);
            macText.append(arg);
        }
        body.put("chainCode", chainCode).put("funcName", funcName).put("nonce", nonce).put("userName", "");
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("body", body);
        envelope.putObject("header").put("appCode", appCode).put("userCode", userCode);
        envelope.put("mac", sign(macText.toString()));
        return post("/api/fabric/v1/node/reqChainCode", envelope.toString());
    }

    /** A chainCode/event/register, signed B+chainCode+eventKey+notifyUrl+attachArgs as BSN's SDKs sign it. */
    public HttpResponse<String> registerChaincodeEvent(String chainCode, String eventKey, String notifyUrl, String attachArgs) {
        ObjectNode body = JSON.createObjectNode().put("attachArgs", attachArgs).put("chainCode", chainCode)
                .put("eventKey", eventKey).put("notifyUrl", notifyUrl);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("body", body);
        envelope.putObject("header").put("appCode", appCode).put("userCode", userCode);
        envelope.put("mac", sign(userCode + appCode + chainCode + eventKey + notifyUrl + attachArgs));
        return post("/api/fabric/v1/chainCode/event/register", envelope.toString());
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String envelope) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json;charset=UTF-8").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the reply's mac signs code + msg + {@code bodyText} with {@code gatewayKey}, as BSN's SDKs check it. */
    public static boolean verifies(JsonNode reply, String bodyText, PublicKey gatewayKey) {
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

    private String sign(String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(accessKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
