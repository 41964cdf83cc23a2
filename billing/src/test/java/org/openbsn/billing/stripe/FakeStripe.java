package org.openbsn.billing.stripe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The parts of Stripe's REST API that billing uses, served over loopback HTTP: create a Checkout
 * Session, read it, create a refund, create a Connect transfer. Objects are shaped as Stripe documents them; a repeated
 * Idempotency-Key answers the object created the first time, as Stripe does.
 */
final class FakeStripe implements AutoCloseable {

    /** One request as it arrived: method, path, Idempotency-Key header and form fields. */
    record Request(String method, String path, String idempotencyKey, String authorization, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    FakeStripe() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    Map<String, Object> session(String id) {
        return sessions.get(id);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Authorization"), form(body));
        requests.add(request);
        String reply;
        if (request.method().equals("POST") && path.equals("/v1/checkout/sessions")) {
            reply = idempotent(request, () -> StripeJson.write(createSession(request.form())));
        } else if (request.method().equals("GET") && path.startsWith("/v1/checkout/sessions/")) {
            Map<String, Object> session = sessions.get(path.substring("/v1/checkout/sessions/".length()));
            reply = session == null ? null : StripeJson.write(session);
        } else if (request.method().equals("POST") && path.equals("/v1/refunds")) {
            reply = idempotent(request, () -> StripeJson.write(createRefund(request.form())));
        } else if (request.method().equals("POST") && path.equals("/v1/transfers")) {
            reply = idempotent(request, () -> StripeJson.write(createTransfer(request.form())));
        } else {
            reply = null;
        }
        byte[] bytes = (reply == null
                ? "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such object\"}}" : reply)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + ids.incrementAndGet());
        exchange.sendResponseHeaders(reply == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String idempotent(Request request, Supplier<String> create) {
        if (request.idempotencyKey() == null) {
            return create.get();
        }
        return byIdempotencyKey.computeIfAbsent(request.idempotencyKey(), key -> create.get());
    }

    private Map<String, Object> createSession(Map<String, String> form) {
        int n = ids.incrementAndGet();
        long total = 0;
        for (int i = 0; form.containsKey("line_items[" + i + "][quantity]"); i++) {
            total += Long.parseLong(form.get("line_items[" + i + "][quantity]"))
                    * Long.parseLong(form.get("line_items[" + i + "][price_data][unit_amount]"));
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", "cs_test_" + n);
        session.put("object", "checkout.session");
        session.put("amount_total", total);
        session.put("currency", form.get("line_items[0][price_data][currency]"));
        session.put("client_reference_id", form.get("client_reference_id"));
        session.put("livemode", false);
        session.put("metadata", metadata(form, "metadata"));
        session.put("mode", form.get("mode"));
        session.put("payment_intent", "pi_test_" + n);
        session.put("payment_status", "unpaid");
        session.put("status", "open");
        session.put("success_url", form.get("success_url"));
        session.put("cancel_url", form.get("cancel_url"));
        session.put("url", "https://checkout.stripe.test/c/pay/cs_test_" + n);
        sessions.put("cs_test_" + n, session);
        return session;
    }

    private Map<String, Object> createRefund(Map<String, String> form) {
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("id", "re_test_" + ids.incrementAndGet());
        refund.put("object", "refund");
        refund.put("amount", Long.parseLong(form.get("amount")));
        refund.put("currency", "cny");
        refund.put("metadata", metadata(form, "metadata"));
        refund.put("payment_intent", form.get("payment_intent"));
        refund.put("status", "succeeded");
        return refund;
    }

    private Map<String, Object> createTransfer(Map<String, String> form) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("id", "tr_test_" + ids.incrementAndGet());
        transfer.put("object", "transfer");
        transfer.put("amount", Long.parseLong(form.get("amount")));
        transfer.put("amount_reversed", 0);
        transfer.put("currency", form.get("currency"));
        transfer.put("destination", form.get("destination"));
        transfer.put("livemode", false);
        transfer.put("metadata", metadata(form, "metadata"));
        transfer.put("reversed", false);
        transfer.put("transfer_group", form.get("transfer_group"));
        return transfer;
    }

    private static Map<String, String> metadata(Map<String, String> form, String prefix) {
        Map<String, String> metadata = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(prefix + "[") && key.indexOf(']') == key.length() - 1) {
                metadata.put(key.substring(prefix.length() + 1, key.length() - 1), value);
            }
        });
        return metadata;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
