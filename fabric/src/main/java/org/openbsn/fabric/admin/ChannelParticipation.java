package org.openbsn.fabric.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.hyperledger.fabric.protos.common.Block;

/**
 * One orderer's channel participation API ({@code /participation/v1/channels}), reached over mutual TLS with a
 * client certificate its admin endpoint trusts, as Fabric's {@code osnadmin} reaches it.
 */
public final class ChannelParticipation {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\"(status|consensusRelation|height)\"\\s*:\\s*\"?([^\",}]+)\"?");

    private final URI base;
    private final HttpClient http;

    /** The admin endpoint {@code https://host:adminPort}, reached with {@code tls} (client certificate and trusted CAs). */
    public ChannelParticipation(String host, int adminPort, SSLContext tls) {
        this.base = URI.create("https://" + host + ":" + adminPort + "/participation/v1/channels");
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What the orderer says of one channel it serves. */
    public record ChannelInfo(String name, String status, String consensusRelation, long height) {
    }

    /**
     * Joins the orderer to the channel of {@code genesis}; a channel it already serves is left as it is (Fabric
     * answers 405 for it), so the call may be repeated.
     */
    public void join(Block genesis) {
        String boundary = "openbsn-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"config-block\"; "
                + "filename=\"config.block\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(genesis.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "join a channel");
        if (response.statusCode() == 405 && response.body().contains("already exists")) {
            return;
        }
        expect(response, 201, "join a channel");
    }

    /** The channels this orderer serves. */
    public List<String> channels() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base).GET(), "list its channels");
        expect(response, 200, "list its channels");
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(response.body());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The orderer's view of one channel, or empty when it does not serve it. */
    public Optional<ChannelInfo> channel(String channelId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("channels/" + channelId)).GET(),
                "describe channel " + channelId);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(response, 200, "describe channel " + channelId);
        String status = "";
        String relation = "";
        long height = 0;
        Matcher matcher = FIELD.matcher(response.body());
        while (matcher.find()) {
            switch (matcher.group(1)) {
                case "status" -> status = matcher.group(2);
                case "consensusRelation" -> relation = matcher.group(2);
                default -> height = Long.parseLong(matcher.group(2).trim());
            }
        }
        return Optional.of(new ChannelInfo(channelId, status, relation, height));
    }

    /** Removes the channel from this orderer; a channel it does not serve is already gone. */
    public void remove(String channelId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("channels/" + channelId)).DELETE(),
                "remove channel " + channelId);
        if (response.statusCode() == 404) {
            return;
        }
        expect(response, 204, "remove channel " + channelId);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AdminRefusal("The orderer at " + base.getAuthority() + " could not be reached to " + what + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminRefusal("Interrupted while asking the orderer at " + base.getAuthority() + " to " + what, e);
        }
    }

    private void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AdminRefusal("The orderer at " + base.getAuthority() + " refused to " + what + " (HTTP "
                    + response.statusCode() + "): " + response.body().strip());
        }
    }
}
