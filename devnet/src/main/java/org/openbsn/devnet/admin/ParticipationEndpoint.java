package org.openbsn.devnet.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.devnet.ledger.ConfigBlock;

/**
 * The orderer's admin endpoint: Fabric 2.5's channel participation API ({@code /participation/v1/channels}) over HTTPS
 * that admits only clients presenting a certificate of the admin TLS CA, as an orderer's {@code Admin.TLS} with
 * {@code ClientAuthRequired} does. Answers carry Fabric's status codes, JSON shapes and error words.
 */
public final class ParticipationEndpoint implements AutoCloseable {

    private static final String CHANNELS = "/participation/v1/channels";
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9.-]*");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final int MAX_BODY = 100 * 1024 * 1024;

    private final HttpsServer server;
    private final ExecutorService workers;
    private final OrdererChannels channels;

    private ParticipationEndpoint(HttpsServer server, ExecutorService workers, OrdererChannels channels) {
        this.server = server;
        this.workers = workers;
        this.channels = channels;
    }

    /** Listens on {@code address} with {@code tls} (the server's key and the CAs its clients must come from). */
    public static ParticipationEndpoint start(InetSocketAddress address, SSLContext tls, OrdererChannels channels) {
        try {
            HttpsServer server = HttpsServer.create(address, 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters parameters) {
                    SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                    ssl.setNeedClientAuth(true);
                    parameters.setSSLParameters(ssl);
                }
            });
            ExecutorService workers = Executors.newFixedThreadPool(2, work -> {
                Thread thread = new Thread(work, "devnet-orderer-admin");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            ParticipationEndpoint endpoint = new ParticipationEndpoint(server, workers, channels);
            server.createContext("/", endpoint::handle);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("devnet's orderer admin endpoint cannot listen on " + address, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null && !accept.isBlank() && !accept.contains("application/json")
                    && !accept.contains("application/*") && !accept.contains("*/*")) {
                error(exchange, 406, "response Content-Type is application/json only");
            } else if (path.equals(CHANNELS)) {
                switch (method) {
                    case "GET" -> list(exchange);
                    case "POST" -> join(exchange);
                    default -> notAllowed(exchange, method, "GET, POST");
                }
            } else if (path.startsWith(CHANNELS + "/") && path.indexOf('/', CHANNELS.length() + 1) < 0) {
                String channelId = path.substring(CHANNELS.length() + 1);
                if (!CHANNEL_NAME.matcher(channelId).matches() || channelId.length() > 249) {
                    error(exchange, 400, "invalid channel ID: '" + channelId + "' contains illegal characters");
                    return;
                }
                switch (method) {
                    case "GET" -> describe(exchange, channelId);
                    case "DELETE" -> remove(exchange, channelId);
                    default -> notAllowed(exchange, method, "GET, DELETE");
                }
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "404 page not found\n");
            }
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        List<String> ids = channels.channelIds();
        String listed = ids.isEmpty() ? "null" : ids.stream()
                .map(id -> "{\"name\":\"" + id + "\",\"url\":\"" + CHANNELS + "/" + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        json(exchange, 200, "{\"systemChannel\":null,\"channels\":" + listed + "}");
    }

    private void describe(HttpExchange exchange, String channelId) throws IOException {
        OptionalLong height = channels.height(channelId);
        if (height.isEmpty()) {
            error(exchange, 404, "channel does not exist");
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        json(exchange, 200, info(channelId, height.getAsLong()));
    }

    private void join(HttpExchange exchange) throws IOException {
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (!contentType.startsWith("multipart/form-data")) {
            error(exchange, 400, "unsupported Content-Type: [" + contentType + "]");
            return;
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        MultipartForm form;
        try {
            if (body.length > MAX_BODY) {
                throw new IllegalArgumentException("http: request body too large");
            }
            form = MultipartForm.parse(body, boundary.find() ? boundary.group(1) : null);
        } catch (IllegalArgumentException malformed) {
            error(exchange, 400, "cannot read form from request body: " + malformed.getMessage());
            return;
        }
        if (!form.files().containsKey("config-block")) {
            error(exchange, 400, "form does not contains part key: config-block");
            return;
        }
        if (form.files().size() != 1 || !form.values().isEmpty()) {
            error(exchange, 400, "form contains too many parts");
            return;
        }
        Block block;
        try {
            block = Block.parseFrom(form.files().get("config-block"));
        } catch (InvalidProtocolBufferException malformed) {
            error(exchange, 400, "cannot unmarshal file part config-block into a block: " + malformed.getMessage());
            return;
        }
        ConfigBlock config;
        try {
            config = ConfigBlock.of(block).orElseThrow(() -> new IllegalArgumentException("block is not a config block"));
        } catch (IllegalArgumentException invalid) {
            error(exchange, 400, "invalid join block: " + invalid.getMessage());
            return;
        }
        try {
            long height = channels.join(block);
            exchange.getResponseHeaders().set("Location", CHANNELS + "/" + config.channelId());
            json(exchange, 201, info(config.channelId(), height));
        } catch (IllegalStateException exists) {
            exchange.getResponseHeaders().set("Allow", "GET, DELETE");
            error(exchange, 405, "cannot join: " + exists.getMessage());
        } catch (IllegalArgumentException refused) {
            error(exchange, 400, "cannot join: " + refused.getMessage());
        }
    }

    private void remove(HttpExchange exchange, String channelId) throws IOException {
        if (!channels.remove(channelId)) {
            error(exchange, 404, "cannot remove: channel does not exist");
            return;
        }
        exchange.sendResponseHeaders(204, -1);
    }

    /** devnet's orderer is the one consenter of every channel it serves, and active in it. */
    private static String info(String channelId, long height) {
        return "{\"name\":\"" + channelId + "\",\"url\":\"" + CHANNELS + "/" + channelId
                + "\",\"consensusRelation\":\"consenter\",\"status\":\"active\",\"height\":" + height + "}";
    }

    private static void notAllowed(HttpExchange exchange, String method, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        error(exchange, 405, "invalid request method: " + method);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body + "\n");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
