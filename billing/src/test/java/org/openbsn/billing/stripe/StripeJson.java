package org.openbsn.billing.stripe;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON as the fake Stripe and the signed webhook events write it. */
final class StripeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StripeJson() {
    }

    static String write(Map<String, ?> object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
