package org.openbsn.gatewayadapter.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the gateway's paths: reads at most {@code maxBodyBytes}, parses the envelope, checks the
 * mac against the caller's access key, takes a metered call from the application's TPS, and
 * always answers HTTP 200 with a signed JSON reply and a Content-Length (the Go SDK cannot read
 * chunked replies).
 */
public final class GatewayServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServlet.class);

    private final transient ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final transient GatewaySigner signer;
    private final transient GatewayCallers callers;
    private final transient GatewayQuotas quotas;
    private final transient Map<String, GatewayEndpoint> endpoints;
    private final int maxBodyBytes;

    public GatewayServlet(GatewaySigner signer, GatewayCallers callers, GatewayQuotas quotas, List<GatewayEndpoint> endpoints,
                          int maxBodyBytes) {
        this.signer = signer;
        this.callers = callers;
        this.quotas = quotas;
        this.endpoints = endpoints.stream().collect(Collectors.toMap(GatewayEndpoint::path, Function.identity()));
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void service(HttpServletRequest http, HttpServletResponse response) throws IOException {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        GatewayEndpoint endpoint = endpoints.get(path);
        GatewayReply reply;
        if (endpoint == null) {
            reply = GatewayReply.failure("unknown gateway path " + path);
        } else if (!"POST".equals(http.getMethod())) {
            reply = endpoint.refusal("the gateway answers POST only, not " + http.getMethod());
        } else {
            reply = answer(endpoint, path, http);
        }
        byte[] bytes = reply.signedJson(json, signer);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private GatewayReply answer(GatewayEndpoint endpoint, String path, HttpServletRequest http) throws IOException {
        try {
            GatewayRequest request = GatewayRequest.of(path, envelope(http));
            if (endpoint.signed()) {
                authenticate(request);
            }
            if (endpoint.metered()) {
                quotas.take(request.appCode());
            }
            return endpoint.handle(request);
        } catch (GatewayRefusal refused) {
            return endpoint.refusal(refused.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("Gateway call {} failed", path, unexpected);
            return endpoint.refusal("the gateway could not complete the call; it has been logged");
        }
    }

    private JsonNode envelope(HttpServletRequest http) throws IOException {
        byte[] body;
        try (InputStream in = http.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            throw new GatewayRefusal("the request body is larger than " + maxBodyBytes + " bytes");
        }
        if (body.length == 0) {
            throw new GatewayRefusal("the request body is empty; expected the JSON envelope {header, mac, body}");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new GatewayRefusal("the request body is not valid JSON: " + malformed.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw new GatewayRefusal("the request body must be a JSON object {header, mac, body}");
        }
        JsonNode body1 = envelope.path("body");
        if (!body1.isMissingNode() && !body1.isNull() && !body1.isObject()) {
            throw new GatewayRefusal("body must be a JSON object");
        }
        return envelope;
    }

    private void authenticate(GatewayRequest request) {
        if (request.appCode().isEmpty()) {
            throw new GatewayRefusal("header.appCode is missing");
        }
        if (request.userCode().isEmpty()) {
            throw new GatewayRefusal("header.userCode is missing");
        }
        if (request.mac().isEmpty()) {
            throw new GatewayRefusal("mac is missing");
        }
        var key = callers.accessKey(request.userCode(), request.appCode());
        if (!RequestMacs.verifies(request, (text, mac) -> Macs.verify(key, text, mac))) {
            throw new GatewayRefusal("mac does not verify with the access key of user " + request.userCode()
                    + " (check the private key in your configuration)");
        }
    }
}
