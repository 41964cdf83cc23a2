package org.openbsn.gatewayadapter.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A business system's callback endpoint: a JDK HTTP server on a loopback port that keeps every
 * callback it receives, by path, and answers {@code success} — or, for a path told to fail, HTTP 500
 * {@code error} that many times first; under {@code /silent} it never answers, and under {@code /chatty}
 * the answer comes after 100,000 other bytes.
 */
final class CallbackReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(handlers);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code times} callbacks to {@code path} are answered with HTTP 500 "error". */
    void failFirst(String path, int times) {
        failures.put(path, new AtomicInteger(times));
    }

    /** The callbacks {@code path} received so far, in arrival order. */
    List<JsonNode> received(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    /** Callbacks to paths under {@code /silent} get no reply at all until the receiver closes. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (InputStream in = exchange.getRequestBody()) {
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(JSON.readTree(in.readAllBytes()));
        }
        if (path.startsWith("/silent")) {
            try {
                closing.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        AtomicInteger failing = failures.get(path);
        boolean fail = failing != null && failing.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        String text = fail ? "error" : "success";
        byte[] reply = (path.startsWith("/chatty") ? "x".repeat(100_000) + text : text).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(fail ? 500 : 200, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
