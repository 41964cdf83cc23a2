package org.openbsn.fabric.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/** The readiness checks of a Fabric process: its operations {@code /healthz} and an orderer's participation API. */
final class Probes {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Probes() {
    }

    /** An HTTPS client presenting the given TLS context (for an orderer's admin endpoint). */
    static HttpClient client(SSLContext context) {
        return HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(context).build();
    }

    /** True when the operations endpoint on {@code port} reports every checker healthy (HTTP 200). */
    static boolean healthy(String host, int port) {
        return status(PLAIN, URI.create("http://" + host + ":" + port + "/healthz")) == 200;
    }

    /** True when the admin endpoint on {@code port} lists its channels to the client of {@code adminClient}. */
    /** A peer is ready when its operations endpoint says so and its gRPC port (endorser, gateway) takes connections. */
    static boolean peerReady(String host, int operationsPort, int port) {
        if (!healthy(host, operationsPort)) {
            return false;
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            return true;
        } catch (java.io.IOException notYet) {
            return false;
        }
    }

    static boolean participationAnswers(HttpClient adminClient, String host, int port) {
        return status(adminClient, channelsUri(host, port)) == 200;
    }

    static URI channelsUri(String host, int port) {
        return URI.create("https://" + host + ":" + port + "/participation/v1/channels");
    }

    private static int status(HttpClient client, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYetListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
