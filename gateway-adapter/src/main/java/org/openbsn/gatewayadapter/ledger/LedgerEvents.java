package org.openbsn.gatewayadapter.ledger;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Follows chaincode events, or a channel's blocks, with checkpoints in PostgreSQL. Each event (or
 * block) is handled in one database transaction together with the listener's new checkpoint, so
 * across a crash or restart none is missed and none is handled twice. A failed stream or handler is retried from the last checkpoint,
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

    /**
     * What to follow: a named listener (its checkpoint's key), who reads, where, and from which block
     * the first time. A block listener follows a whole channel and has no chaincode ({@code ""}).
     */
    public record Listener(String name, LedgerIdentity identity, String channel, String chaincode, long firstBlock) {

        public Listener(String name, LedgerIdentity identity, String channel, String chaincode) {
            this(name, identity, channel, chaincode, 0);
        }

        /** A listener for every block of {@code channel}, starting at {@code firstBlock} the first time. */
        public static Listener ofBlocks(String name, LedgerIdentity identity, String channel, long firstBlock) {
            return new Listener(name, identity, channel, "", firstBlock);
        }
    }

    /**
     * Starts delivering the events {@code listener} has not handled yet to {@code handler}, then live
     * ones. A listener name already following another chaincode or channel is refused at once.
     */
    public Subscription subscribe(Listener listener, LedgerEventHandler handler) {
        return start(listener, new Source<ChaincodeEvent>() {
            @Override
            public CloseableIterator<ChaincodeEvent> open(StoredCheckpoint from, int attempt) {
                return client.chaincodeEvents(listener.identity(), listener.channel(), listener.chaincode(), from, attempt);
            }

            @Override
            public void handle(ChaincodeEvent committed) {
                LedgerEvent event = new LedgerEvent(listener.channel(), committed.getChaincodeName(),
                        committed.getBlockNumber(), committed.getTransactionId(), committed.getEventName(),
                        committed.getPayload());
                handler.handle(event);
                StoredCheckpoint.record(jdbc, listener.name(), event);
            }
        });
    }

    /**
     * Starts delivering the channel's blocks that {@code listener} has not handled yet to
     * {@code handler}, then live ones, with the same checkpoint discipline as {@link #subscribe}.
     */
    public Subscription subscribeBlocks(Listener listener, LedgerBlockHandler handler) {
        return start(listener, new Source<Block>() {
            @Override
            public CloseableIterator<Block> open(StoredCheckpoint from, int attempt) {
                return client.blockEvents(listener.identity(), listener.channel(), from, attempt);
            }

            @Override
            public void handle(Block committed) {
                long number = committed.getHeader().getNumber();
                handler.handle(new LedgerBlock(listener.channel(), number,
                        HexFormat.of().formatHex(committed.getHeader().getPreviousHash().toByteArray())));
                StoredCheckpoint.recordNextBlock(jdbc, listener.name(), number + 1);
            }
        });
    }

    private Subscription start(Listener listener, Source<?> source) {
        StoredCheckpoint.load(jdbc, listener.name(), listener.channel(), listener.chaincode(), listener.firstBlock());
        Subscription subscription = new Subscription(listener, source);
        subscriptions.add(subscription);
        subscription.thread.start();
        return subscription;
    }

    /** Where a listener's items come from, and what handling one means (inside the checkpoint's transaction). */
    private interface Source<T> {

        CloseableIterator<T> open(StoredCheckpoint from, int attempt);

        void handle(T item);
    }

    /** A running listener; closing it stops delivery after the event in hand. */
    public final class Subscription implements AutoCloseable {

        private final Listener listener;
        private final Source<?> source;
        private final Thread thread;
        private volatile boolean closed;
        private volatile CloseableIterator<?> stream;
        private volatile String lastFailure;

        private Subscription(Listener listener, Source<?> source) {
            this.listener = listener;
            this.source = source;
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
                    pause = drain(source, checkpoint, attempt, pause);
                } catch (RuntimeException failure) {
                    if (closed) {
                        return;
                    }
                    lastFailure = failure.getMessage();
                    LOG.warn("Ledger events for listener {} ({} on {}) failed, retrying in {} ms: {}", listener.name(),
                            listener.chaincode().isEmpty() ? "blocks" : listener.chaincode(), listener.channel(),
                            pause.toMillis(), failure.getMessage());
                    attempt++;
                    if (!sleep(pause)) {
                        return;
                    }
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                }
            }
        }

        private <T> Duration drain(Source<T> from, StoredCheckpoint checkpoint, int attempt, Duration pause) {
            Duration next = pause;
            try (CloseableIterator<T> items = from.open(checkpoint, attempt)) {
                stream = items;
                while (!closed && items.hasNext()) {
                    T item = items.next();
                    transactions.executeWithoutResult(status -> from.handle(item));
                    lastFailure = null;
                    next = FIRST_PAUSE;
                }
            }
            return next;
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
            CloseableIterator<?> open = stream;
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
