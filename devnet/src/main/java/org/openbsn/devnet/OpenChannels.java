package org.openbsn.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.openbsn.devnet.gateway.Network;
import org.openbsn.devnet.ledger.BlockStore;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.ConfigBlock;
import org.openbsn.devnet.ledger.Orderer;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.msp.Msp;

/**
 * The channels devnet serves, each a ledger in a block file with its orderer and chaincodes, and what is recorded of
 * them ({@link ChannelRecords}) so that a restart opens the same channels again. A channel is opened by devnet for
 * organisations it made, or from a genesis block whose organisations' MSPs and batching it takes.
 */
final class OpenChannels implements Network {

    private final Path directory;
    private final Batching batching;
    private final Map<String, Network.Channel> channels = new ConcurrentHashMap<>();
    private final Map<String, ChannelRecords.Channel> recorded = new ConcurrentHashMap<>();
    private final ChannelRecords records;
    private final Consumer<Network.Channel> opened;

    /** The channels under {@code directory}; {@code opened} hears of each channel as it opens, its blocks read back. */
    OpenChannels(Path directory, int batchSize, Duration batchTimeout, Consumer<Network.Channel> opened) {
        this.directory = directory;
        this.opened = opened;
        this.batching = new Batching(batchSize, batchTimeout);
        this.records = new ChannelRecords(directory);
    }

    @Override
    public Optional<Network.Channel> channel(String channelId) {
        return Optional.ofNullable(channels.get(channelId));
    }

    Set<String> ids() {
        return Set.copyOf(channels.keySet());
    }

    /** What was recorded before devnet stopped; {@link #reopen} opens each again. */
    List<ChannelRecords.Channel> stored() {
        return records.all();
    }

    /** Opens a recorded channel again; one opened from a genesis block takes its members from its latest configuration. */
    void reopen(ChannelRecords.Channel channel, Map<String, Msp> devnetMembers) {
        recorded.put(channel.channelId(), new ChannelRecords.Channel(channel.channelId(), channel.members(),
                new LinkedHashMap<>(channel.chaincodes()), channel.fromBlock(), new LinkedHashSet<>(channel.peers())));
        BlockStore store = BlockStore.open(blocksFile(channel.channelId()));
        if (!channel.fromBlock()) {
            open(channel.channelId(), devnetMembers, store, batching);
            return;
        }
        ConfigBlock config = ConfigBlock.latest(store.recovered()).orElseThrow(() -> new IllegalStateException("channel "
                + channel.channelId() + " was opened from a genesis block, but its block file holds none"));
        open(channel.channelId(), config.members(), store, config.batching().orElse(batching));
    }

    /** Opens the channel for these organisations devnet made, reading back its blocks if it existed; recorded first. */
    synchronized ChannelLedger openChannel(String channelId, Map<String, Msp> members) {
        recorded.computeIfAbsent(channelId, id -> {
            ChannelRecords.Channel channel = new ChannelRecords.Channel(id, List.copyOf(members.keySet()),
                    new LinkedHashMap<>(), false, new LinkedHashSet<>(members.keySet()));
            records.save(channel);
            return channel;
        });
        Network.Channel open = channels.get(channelId);
        return open != null ? open.ledger() : open(channelId, members, BlockStore.open(blocksFile(channelId)), batching);
    }

    /**
     * Opens the channel of {@code genesis} with that block as block 0 and its organisations' MSPs as members, the
     * peers of {@code peers} joined; recorded once its block is on disk, so devnet opens it again at its next start.
     */
    synchronized void openFromGenesis(ConfigBlock genesis, Set<String> peers) {
        String id = genesis.channelId();
        if (channels.containsKey(id)) {
            throw new IllegalStateException("channel already exists");
        }
        try {
            Files.deleteIfExists(blocksFile(id)); // left by a channel whose record was never written
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot start channel " + id, e);
        }
        ChannelRecords.Channel channel = new ChannelRecords.Channel(id, List.copyOf(genesis.members().keySet()),
                new LinkedHashMap<>(), true, new LinkedHashSet<>(peers));
        try {
            open(id, genesis.members(), BlockStore.open(blocksFile(id)), genesis.batching().orElse(batching))
                    .startWith(genesis.block());
            records.save(channel);
        } catch (RuntimeException failed) {
            remove(id); // nothing half-opened stays behind
            throw failed;
        }
        recorded.put(id, channel);
    }

    /** The channel as recorded: its members, chaincodes and joined peers. */
    Optional<ChannelRecords.Channel> record(String channelId) {
        return Optional.ofNullable(recorded.get(channelId));
    }

    Collection<ChannelRecords.Channel> records() {
        return recorded.values();
    }

    private synchronized boolean joined(String channelId, String mspId) {
        ChannelRecords.Channel channel = recorded.get(channelId);
        return channel != null && channel.peers().contains(mspId);
    }

    /** Records that the peer of {@code mspId} joined the open channel. */
    synchronized void peerJoined(String channelId, String mspId) {
        ChannelRecords.Channel channel = recorded.get(channelId);
        if (channel.peers().add(mspId)) {
            records.save(channel);
        }
    }

    /** Records a chaincode deployed on the channel, unless it is recorded so already. */
    synchronized void deployed(String channelId, ChannelRecords.Deployment deployment) {
        ChannelRecords.Channel channel = recorded.get(channelId);
        if (!deployment.equals(channel.chaincodes().get(deployment.name()))) {
            channel.chaincodes().put(deployment.name(), deployment);
            records.save(channel);
        }
    }

    /** Stops and forgets the channel with its blocks; answers it as it was, for its chaincodes to be stopped. */
    synchronized Optional<Network.Channel> remove(String channelId) {
        Network.Channel channel = channels.remove(channelId);
        if (channel == null) {
            return Optional.empty();
        }
        channel.orderer().close();
        channel.ledger().close();
        recorded.remove(channelId);
        records.remove(channelId);
        try {
            Files.deleteIfExists(blocksFile(channelId));
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot delete the blocks of " + channelId, e);
        }
        return Optional.of(channel);
    }

    void close() {
        channels.values().forEach(channel -> channel.orderer().close());
    }

    /** Opens the ledger with an orderer cutting its blocks as {@code cutting} says (the channel's own batching, if any). */
    private ChannelLedger open(String channelId, Map<String, Msp> members, BlockStore store, Batching cutting) {
        ChannelLedger ledger = new ChannelLedger(channelId, members, store);
        Network.Channel channel = new Network.Channel(ledger, new Orderer(ledger, cutting.maxMessages(), cutting.timeout()),
                new ConcurrentHashMap<>(), mspId -> joined(channelId, mspId));
        opened.accept(channel);
        channels.put(channelId, channel);
        return ledger;
    }

    private Path blocksFile(String channelId) {
        return directory.resolve(channelId + ".blocks");
    }
}
