package org.openbsn.gatewayadapter.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Follows chaincode events with checkpoints in PostgreSQL. Each event is handled in one database
 * transaction together with the listener's new checkpoint, so across a crash or restart no event is
 * missed and none is handled twice. A failed stream or handler is retried from the last checkpoint,
 * moving on to the next peer, with a growing pause.
 */
public final class LedgerEvents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerEvents.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final LedgerClient client;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    public LedgerEvents(LedgerClient client, JdbcClient jdbc, TransactionOperations transactions) {
        this.client = client;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What to follow: a named listener (its checkpoint's key), who reads, where, and from which block the first time. */
    public record Listener(String name, LedgerIdentity identity, String channel, String chaincode, long firstBlock) {

        public Listener(String name, LedgerIdentity identity, String channel, String chaincode) {
            this(name, identity, channel, chaincode, 0);
        }
    }

    /**
     * Starts delivering the events {@code listener} has not handled yet to {@code handler}, then live
     * ones. A listener name already following another chaincode or channel is refused at once.
     */
    public Subscription subscribe(Listener listener, LedgerEventHandler handler) {
        StoredCheckpoint.load(jdbc, listener.name(), listener.channel(), listener.chaincode(), listener.firstBlock());
        Subscription subscription = new Subscription(listener, handler);
        subscriptions.add(subscription);
        subscription.thread.start();
        return subscription;
    }

    /** A running listener; closing it stops delivery after the event in hand. */
    public final class Subscription implements AutoCloseable {

        private final Listener listener;
        private final LedgerEventHandler handler;
        private final Thread thread;
        private volatile boolean closed;
        private volatile CloseableIterator<ChaincodeEvent> stream;
        private volatile String lastFailure;

        private Subscription(Listener listener, LedgerEventHandler handler) {
            this.listener = listener;
            this.handler = handler;
            this.thread = new Thread(this::follow, "ledger-events-" + listener.name());
            this.thread.setDaemon(true);
        }

        /** Why the last attempt failed, if the listener is retrying. */
        public Optional<String> lastFailure() {
            return Optional.ofNullable(lastFailure);
        }

        private void follow() {
            int attempt = 0;
            Duration pause = FIRST_PAUSE;
            while (!closed) {
                try {
                    StoredCheckpoint checkpoint = StoredCheckpoint.load(jdbc, listener.name(), listener.channel(),
                            listener.chaincode(), listener.firstBlock());
                    try (CloseableIterator<ChaincodeEvent> events = client.chaincodeEvents(listener.identity(),
                            listener.channel(), listener.chaincode(), checkpoint, attempt)) {
                        stream = events;
                        while (!closed && events.hasNext()) {
                            handleOne(events.next());
                            lastFailure = null;
                            pause = FIRST_PAUSE;
                        }
                    }
                } catch (RuntimeException failure) {
                    if (closed) {
                        return;
                    }
                    lastFailure = failure.getMessage();
                    LOG.warn("Chaincode events for listener {} ({} on {}) failed, retrying in {} ms: {}", listener.name(),
                            listener.chaincode(), listener.channel(), pause.toMillis(), failure.getMessage());
                    attempt++;
                    if (!sleep(pause)) {
                        return;
                    }
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                }
            }
        }

        private void handleOne(ChaincodeEvent committed) {
            LedgerEvent event = new LedgerEvent(listener.channel(), committed.getChaincodeName(), committed.getBlockNumber(),
                    committed.getTransactionId(), committed.getEventName(), committed.getPayload());
            transactions.executeWithoutResult(status -> {
                handler.handle(event);
                StoredCheckpoint.record(jdbc, listener.name(), event);
            });
        }

        private boolean sleep(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
                return true;
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            closed = true;
            CloseableIterator<ChaincodeEvent> open = stream;
            if (open != null) {
                open.close();
            }
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            subscriptions.remove(this);
        }
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
    }
}
