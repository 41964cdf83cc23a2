package org.openbsn.billing.query;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;

/** How the read models store quotes and invoice lines: as JSON text. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<QuoteLine>> LINES = new TypeReference<>() { };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    static Quote quote(String json) {
        try {
            return MAPPER.readValue(json, Quote.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quote cannot be read", e);
        }
    }

    static List<QuoteLine> lines(String json) {
        try {
            return MAPPER.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored invoice lines cannot be read", e);
        }
    }
}
