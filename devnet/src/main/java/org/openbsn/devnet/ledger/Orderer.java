package org.openbsn.devnet.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.protos.common.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders a channel's transactions into blocks as Fabric's BatchSize and BatchTimeout do: a block is
 * cut when {@code maxCount} transactions wait, or {@code timeout} after the first of them arrived.
 */
public final class Orderer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Orderer.class);

    private final ChannelLedger ledger;
    private final int maxCount;
    private final Duration timeout;
    private final BlockingQueue<Envelope> waiting = new LinkedBlockingQueue<>();
    private final Thread cutter;

    public Orderer(ChannelLedger ledger, int maxCount, Duration timeout) {
        this.ledger = ledger;
        this.maxCount = maxCount;
        this.timeout = timeout;
        this.cutter = new Thread(this::cutBlocks, "orderer-" + ledger.channelId());
        cutter.setDaemon(true);
        cutter.start();
    }

    public void submit(Envelope transaction) {
        waiting.add(transaction);
    }

    private void cutBlocks() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Envelope> batch = new ArrayList<>();
                batch.add(waiting.take());
                long deadline = System.nanoTime() + timeout.toNanos();
                while (batch.size() < maxCount) {
                    Envelope next = waiting.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                try {
                    ledger.commit(batch);
                } catch (RuntimeException failure) {
                    log.error("Could not commit a block on {}", ledger.channelId(), failure);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        cutter.interrupt();
    }
}
