package org.openbsn.gatewayadapter.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due callbacks, signed with the gateway's key: a reply whose body contains {@code success}
 * delivers it; anything else (another body, an error, a timeout) is resent after the configured
 * pauses and, after the last, marked failed. Every send is recorded. Pending callbacks are picked up
 * at start, so none is lost across a restart. Without a {@link GatewaySigner} bean nothing is sent.
 */
@Component
class CallbackDispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatcher.class);
    private static final int BATCH = 20;
    private static final int LONGEST_ERROR = 500;
    private static final int LONGEST_REPLY = 64 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final Deliveries deliveries;
    private final ObjectProvider<GatewaySigner> signers;
    private final EventsProperties.Callbacks settings;
    private final HttpClient http;
    /** How long one send may take in all: connecting, then the complete reply. */
    private final Duration deadline;
    private ScheduledExecutorService poller;
    private ExecutorService senders;
    private GatewaySigner signer;

    CallbackDispatcher(Deliveries deliveries, ObjectProvider<GatewaySigner> signers, EventsProperties properties) {
        this.deliveries = deliveries;
        this.signers = signers;
        this.settings = properties.callbacks();
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadline = settings.connectTimeout().plus(settings.readTimeout());
        if (settings.claim().compareTo(deadline) <= 0) {
            throw new IllegalStateException("bsn.gateway.callbacks.claim (" + settings.claim() + ") must be longer than"
                    + " connect-timeout + read-timeout (" + deadline + "), or two instances could send one callback at once");
        }
    }

    private void poll() {
        try {
            List<Deliveries.Delivery> due = deliveries.claimDue(BATCH, settings.claim());
            due.forEach(delivery -> senders.execute(() -> send(delivery)));
        } catch (RuntimeException failed) {
            LOG.warn("Due callbacks could not be read: {}", failed.getMessage());
        }
    }

    private void send(Deliveries.Delivery delivery) {
        Integer status = null;
        String error = "";
        boolean delivered = false;
        CompletableFuture<HttpResponse<String>> sending = null;
        try {
            Optional<String> refused = settings.allowPrivateAddresses() ? Optional.empty()
                    : NotifyUrls.privateAddress(URI.create(delivery.notifyUrl()).getHost());
            if (refused.isPresent()) {
                error = refused.get();
            } else {
                sending = http.sendAsync(request(delivery), reply -> new LimitedReply(LONGEST_REPLY));
                HttpResponse<String> response = sending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
                status = response.statusCode();
                delivered = response.body().contains("success");
                if (!delivered) {
                    error = "the reply does not contain \"success\"";
                }
            }
        } catch (ExecutionException failed) {
            error = describe(failed.getCause() == null ? failed : failed.getCause());
        } catch (TimeoutException slow) {
            sending.cancel(true);
            error = "no complete reply within " + deadline.toMillis() + " ms";
        } catch (IOException | RuntimeException failed) {
            error = describe(failed);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return;
        }
        List<Duration> delays = settings.retryDelays();
        Duration retryIn = delivered || delivery.sends() >= delays.size() ? null : delays.get(delivery.sends());
        try {
            deliveries.recordSend(delivery, status, error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error,
                    delivered, retryIn);
        } catch (RuntimeException failed) {
            LOG.warn("The send of callback {} could not be recorded; it will be sent again when its claim ends: {}",
                    delivery.id(), failed.getMessage());
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect within " + settings.connectTimeout().toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no reply within " + settings.readTimeout().toMillis() + " ms";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private HttpRequest request(Deliveries.Delivery delivery) throws JsonProcessingException {
        JsonNode body = json.readTree(delivery.body());
        String envelope = json.writeValueAsString(Callback.envelope(delivery.userCode(), delivery.appCode(), body, signer));
        return HttpRequest.newBuilder(URI.create(delivery.notifyUrl()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
    }

    @Override
    public synchronized void start() {
        signer = signers.getIfAvailable();
        if (signer == null) {
            LOG.warn("No gateway signing key (GatewaySigner bean): event callbacks are kept but not sent");
            return;
        }
        senders = Executors.newFixedThreadPool(Math.max(1, settings.senders()), daemon("gateway-callback-sender"));
        poller = Executors.newSingleThreadScheduledExecutor(daemon("gateway-callback-poller"));
        poller.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            senders.shutdownNow();
            try {
                senders.awaitTermination(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            poller = null;
            senders = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
