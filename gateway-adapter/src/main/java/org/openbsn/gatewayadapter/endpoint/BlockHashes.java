package org.openbsn.gatewayadapter.endpoint;

import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The hashes of the blocks that gateway calls commit in, for blockInfo.blockHash, from one block
 * stream per channel instead of a qscc query per block: the stream opens at the block of the first
 * call that asks, and keeps the latest {@value #KEPT} hashes. A hash the stream has not delivered
 * within half a second, or while its stream is down, or from before the stream opened or so long ago
 * that it is no longer kept, is not known here, and the caller reads the block itself.
 */
@Component
class BlockHashes implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BlockHashes.class);
    private static final int KEPT = 1024;
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final LedgerClient ledger;
    private final LedgerIdentity portal;
    private final Map<String, ChannelBlocks> channels = new ConcurrentHashMap<>();
    private volatile boolean closed;

    BlockHashes(LedgerClient ledger, LedgerIdentity portal) {
        this.ledger = ledger;
        this.portal = portal;
    }

    /** Lowercase hex of the hash of block {@code number} of {@code channel}, once the channel's stream has delivered it. */
    Optional<String> of(String channel, long number) {
        if (closed || number < 1) {
            return Optional.empty();
        }
        return channels.computeIfAbsent(channel, name -> new ChannelBlocks(name, number)).await(number);
    }

    @Override
    public void destroy() {
        closed = true;
        channels.values().forEach(ChannelBlocks::close);
    }

    /** One channel's stream and the hashes it has delivered. */
    private final class ChannelBlocks {

        private final String channel;
        private final Thread follower;
        private final Map<Long, String> hashes = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > KEPT;
            }
        };
        private long next;
        private boolean down;
        private volatile CloseableIterator<Block> stream;

        ChannelBlocks(String channel, long from) {
            this.channel = channel;
            this.next = from;
            this.follower = new Thread(this::follow, "gateway-block-hashes-" + channel);
            follower.setDaemon(true);
            follower.start();
        }

        synchronized Optional<String> await(long number) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!hashes.containsKey(number) && number >= next && !down && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return Optional.ofNullable(hashes.get(number));
        }

        private synchronized void delivered(Block block) {
            long number = block.getHeader().getNumber();
            hashes.put(number, HexFormat.of().formatHex(BlockViews.headerHash(block.getHeader())));
            next = number + 1;
            down = false;
            notifyAll();
        }

        /** The stream broke: until it delivers again, callers read blocks themselves rather than wait. */
        private synchronized long reconnecting() {
            down = true;
            notifyAll();
            return next;
        }

        private void follow() {
            int attempt = 0;
            long from = next;
            while (!closed) {
                try (CloseableIterator<Block> blocks = ledger.blockEvents(portal, channel, startingAt(from), attempt)) {
                    stream = blocks;
                    while (!closed && blocks.hasNext()) {
                        delivered(blocks.next());
                    }
                } catch (RuntimeException failure) {
                    if (closed) {
                        return;
                    }
                    LOG.debug("The block stream of channel {} failed, reconnecting: {}", channel, failure.getMessage());
                }
                attempt++;
                from = reconnecting();
                try {
                    Thread.sleep(RECONNECT_PAUSE.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        void close() {
            CloseableIterator<Block> open = stream;
            if (open != null) {
                open.close();
            }
            follower.interrupt();
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private static Checkpoint startingAt(long block) {
        return new Checkpoint() {
            @Override
            public OptionalLong getBlockNumber() {
                return OptionalLong.of(block);
            }

            @Override
            public Optional<String> getTransactionId() {
                return Optional.empty();
            }
        };
    }
}
