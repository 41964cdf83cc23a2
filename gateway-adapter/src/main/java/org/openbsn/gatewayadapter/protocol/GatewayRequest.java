package org.openbsn.gatewayadapter.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One call as the SDKs send it: {@code {"header":{"userCode","appCode"},"mac","body":{…}}}. A
 * missing field, a JSON null and {@code ""} read the same; unknown fields are ignored.
 */
public record GatewayRequest(String path, String userCode, String appCode, String mac, JsonNode body) {

    static GatewayRequest of(String path, JsonNode envelope) {
        JsonNode header = envelope.path("header");
        return new GatewayRequest(path, text(header, "userCode"), text(header, "appCode"), text(envelope, "mac"),
                envelope.hasNonNull("body") ? envelope.get("body") : NullNode.getInstance());
    }

    /** The body field as text: {@code ""} when missing or null; numbers in decimal. */
    public String text(String field) {
        return text(body, field);
    }

    /** The body field as a list of strings ({@code args}); absent means empty. */
    public List<String> strings(String field) {
        List<String> values = new ArrayList<>();
        body.path(field).forEach(value -> values.add(value.isNull() ? "" : value.asText()));
        return values;
    }

    /** The body field as an object of strings, in the order the keys appear in the JSON ({@code transientData}). */
    public List<Map.Entry<String, String>> entries(String field) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        body.path(field).properties().forEach(entry ->
                entries.add(Map.entry(entry.getKey(), entry.getValue().isNull() ? "" : entry.getValue().asText())));
        return entries;
    }

    /** userCode + appCode, the start of every request mac string. */
    public String caller() {
        return userCode + appCode;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
