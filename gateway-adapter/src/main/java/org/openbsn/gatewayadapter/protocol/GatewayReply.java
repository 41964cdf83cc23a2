package org.openbsn.gatewayadapter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reply before signing: code 0 or −1, a message that is never null, the body (its keys in the
 * order the SDKs verify them) and the body's part of the mac string (BSN-GATEWAY.md §3).
 */
public record GatewayReply(int code, String msg, JsonNode body, String bodyMacText) {

    public static final int SUCCESS = 0;
    public static final int FAILURE = -1;

    public GatewayReply {
        msg = msg == null ? "" : msg;
        body = body == null ? NullNode.getInstance() : body;
        bodyMacText = bodyMacText == null ? "" : bodyMacText;
    }

    public static GatewayReply success(JsonNode body, String bodyMacText) {
        return new GatewayReply(SUCCESS, "success", body, bodyMacText);
    }

    /** A refusal whose message names the problem; the body is null, as the SDKs expect. */
    public static GatewayReply failure(String message) {
        return new GatewayReply(FAILURE, message, NullNode.getInstance(), "");
    }

    /** A refusal that keeps an empty array body (event/query). */
    public static GatewayReply failureWithEmptyList(String message) {
        return new GatewayReply(FAILURE, message, JsonNodeFactory.instance.arrayNode(), "");
    }

    /** The JSON sent: {@code {"header":{"code","msg"},"mac","body"}}, the mac made with {@code signer}. */
    byte[] signedJson(ObjectMapper json, GatewaySigner signer) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.putObject("header").put("code", code).put("msg", msg);
        envelope.put("mac", signer.sign(code + msg + bodyMacText));
        envelope.set("body", body);
        try {
            return json.writeValueAsBytes(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a gateway reply could not be written", e);
        }
    }
}
