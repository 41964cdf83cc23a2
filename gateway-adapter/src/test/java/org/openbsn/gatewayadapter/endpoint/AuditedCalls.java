package org.openbsn.gatewayadapter.endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayCallsAuditedEvent;
import org.openbsn.infra.testing.TestDatabase;

/** The gateway calls in the event store, each as its record's JSON, whether it was stored alone or with others. */
final class AuditedCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditedCalls() {
    }

    /** The audited calls whose JSON contains every fragment (e.g. {@code "allowed":false}). */
    static List<String> containing(String... fragments) {
        List<String> payloads = TestDatabase.get().jdbc().sql("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where payload_type in (:types) and convert_from(payload, 'UTF8') like :first
                order by global_index""")
                .param("types", List.of(GatewayCallAuditedEvent.class.getName(), GatewayCallsAuditedEvent.class.getName()))
                .param("first", "%" + fragments[0] + "%")
                .query(String.class).list();
        List<String> calls = new ArrayList<>();
        for (String payload : payloads) {
            JsonNode event = read(payload);
            List<JsonNode> records = new ArrayList<>();
            if (event.has("calls")) {
                event.path("calls").forEach(records::add);
            } else {
                records.add(event);
            }
            records.stream().map(JsonNode::toString)
                    .filter(call -> Arrays.stream(fragments).allMatch(call::contains))
                    .forEach(calls::add);
        }
        return calls;
    }

    private static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new AssertionError("an audit event is not JSON: " + payload, e);
        }
    }
}
