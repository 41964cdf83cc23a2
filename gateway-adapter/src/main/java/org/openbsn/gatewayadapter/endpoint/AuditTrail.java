package org.openbsn.gatewayadapter.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayCallsAuditedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records gateway calls in the event store, allowed or denied, for auditors and the participant's recent calls.
 *
 * <p>Calls that arrive together are committed together (group commit): one writer thread stores every
 * waiting record as one {@link GatewayCallsAuditedEvent} in a single transaction, and each caller returns
 * only once its record is committed, so no reply goes out for a call the audit trail could still lose.
 */
@Component
class AuditTrail implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int LARGEST_BATCH = 512;

    private final EventGateway events;
    private final TransactionManager transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    AuditTrail(EventGateway events, TransactionManager transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    void record(GatewayCallAuditedEvent call) {
        if (writer == null) {
            transactions.executeInTransaction(() -> events.publish(new GatewayCallsAuditedEvent(List.of(call))));
            return;
        }
        Pending pending = new Pending(call, new CompletableFuture<>());
        waiting.add(pending);
        if (writer == null && waiting.remove(pending)) {
            store(List.of(pending));
        }
        try {
            pending.stored().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted() || !waiting.isEmpty()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (waiting.isEmpty()) {
                    break;
                }
                continue;
            }
            waiting.drainTo(batch, LARGEST_BATCH - 1);
            store(batch);
            batch.clear();
        }
    }

    private void store(List<Pending> batch) {
        try {
            List<GatewayCallAuditedEvent> calls = batch.stream().map(Pending::call).toList();
            transactions.executeInTransaction(() -> events.publish(new GatewayCallsAuditedEvent(calls)));
            batch.forEach(pending -> pending.stored().complete(null));
        } catch (RuntimeException e) {
            log.warn("Could not store {} gateway call records: {}", batch.size(), e.getMessage());
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::write, "gateway-audit-writer");
        thread.setDaemon(true);
        thread.start();
        writer = thread;
    }

    @Override
    public void stop() {
        Thread running = writer;
        writer = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Pending left;
        while ((left = waiting.poll()) != null) {
            store(List.of(left));
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    private record Pending(GatewayCallAuditedEvent call, CompletableFuture<Void> stored) {
    }
}
