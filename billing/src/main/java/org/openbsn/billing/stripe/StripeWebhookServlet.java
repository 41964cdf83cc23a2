package org.openbsn.billing.stripe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Receives Stripe's webhook deliveries at {@code /billing/stripe/webhook}: 400 for a bad signature, 200 once handled. */
class StripeWebhookServlet extends HttpServlet {

    static final String PATH = "/billing/stripe/webhook";
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final transient StripeWebhooks webhooks;

    StripeWebhookServlet(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        StripeWebhooks.Outcome outcome = webhooks.receive(new String(body, StandardCharsets.UTF_8),
                request.getHeader("Stripe-Signature"));
        response.setStatus(switch (outcome) {
            case APPLIED, REPEATED -> HttpServletResponse.SC_OK;
            case REFUSED -> HttpServletResponse.SC_BAD_REQUEST;
            case NOT_CONFIGURED -> HttpServletResponse.SC_NOT_FOUND;
        });
        response.setContentType("application/json");
        response.getWriter().write("{\"outcome\":\"" + outcome.name().toLowerCase(Locale.ROOT) + "\"}");
    }
}
