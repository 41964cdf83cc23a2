package org.openbsn.gatewayadapter.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/** A real Tomcat on a free loopback port serving one servlet at {@code /api/*}, and a raw HTTP client for it. */
public final class ServedGateway implements AutoCloseable {

    private final Tomcat tomcat;
    private final String baseUrl;

    public ServedGateway(HttpServlet servlet) {
        try {
            tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("gateway-tomcat").toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            Context context = tomcat.addContext("", null);
            Tomcat.addServlet(context, "gateway", servlet);
            context.addServletMappingDecoded("/api/*", "gateway");
            tomcat.getConnector();
            tomcat.start();
            baseUrl = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * POSTs {@code body} as the Java SDK does (a blocking JDK connection, kept alive between calls)
     * and returns the raw reply.
     */
    public Reply post(String path, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json;charset=UTF-8");
            connection.setRequestProperty("Accept", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Reply(status, text, connection.getHeaderField("Content-Length"),
                        connection.getHeaderField("Transfer-Encoding"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back: the HTTP status, the body, and the two headers the SDKs depend on (null when absent). */
    public record Reply(int statusCode, String body, String contentLength, String transferEncoding) {
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}
