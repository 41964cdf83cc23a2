package org.openbsn.gatewayadapter.events;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;

/**
 * The callback BSN's manual describes (§5.4.3.17): {@code {header{userCode,appCode}, body{…}, mac}},
 * the body's eleven fields in the order below, never null ({@code ""} instead), blockNumber a JSON
 * integer. The mac signs userCode+appCode+ the body's values in that order, with the gateway key.
 */
final class Callback {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Callback() {
    }

    /** A callback body; {@code nonceStr} is made here once and kept for every resend. */
    static ObjectNode body(String chainCode, String orgCode, String eventKey, String eventId, String attachArgs,
                           String eventName, String txId, String payload, long blockNumber, String previousHash) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return JsonNodeFactory.instance.objectNode()
                .put("chainCode", chainCode)
                .put("orgCode", orgCode)
                .put("eventKey", eventKey)
                .put("eventId", eventId)
                .put("attachArgs", attachArgs)
                .put("eventName", eventName)
                .put("txId", txId)
                .put("payload", payload)
                .put("blockNumber", blockNumber)
                .put("nonceStr", HexFormat.of().formatHex(nonce))
                .put("previousHash", previousHash);
    }

    /** The signed envelope for {@code body}, as sent to the notify URL. */
    static ObjectNode envelope(String userCode, String appCode, JsonNode body, GatewaySigner signer) {
        StringBuilder macText = new StringBuilder(userCode).append(appCode);
        body.elements().forEachRemaining(value -> macText.append(value.isNull() ? "" : value.asText()));
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.putObject("header").put("userCode", userCode).put("appCode", appCode);
        envelope.set("body", body);
        envelope.put("mac", signer.sign(macText.toString()));
        return envelope;
    }
}
