package org.openbsn.devnet;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.devnet.admin.OrdererChannels;
import org.openbsn.devnet.gateway.Network;
import org.openbsn.devnet.gateway.PeerAdministration;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.ConfigBlock;
import org.openbsn.fabric.msp.Msp;

/**
 * Channel administration as devnet's orderer and peers take it. devnet's orderer and its peers share one ledger per
 * channel, so whichever side joins first opens the channel from the genesis block: the orderer through channel
 * participation, or a peer through cscc JoinChain (a Fabric peer too creates its ledger from the block before any
 * orderer serves it). The other side's later join finds the channel open, and a peer's join only records it.
 */
final class ChannelAdmin implements OrdererChannels, PeerAdministration {

    private final OpenChannels channels;
    private final Function<String, Optional<Msp>> localMsps;
    private final Predicate<String> removal;

    ChannelAdmin(OpenChannels channels, Function<String, Optional<Msp>> localMsps, Predicate<String> removal) {
        this.channels = channels;
        this.localMsps = localMsps;
        this.removal = removal;
    }

    @Override
    public List<String> channelIds() {
        return channels.ids().stream().sorted().toList();
    }

    @Override
    public OptionalLong height(String channelId) {
        return channels.channel(channelId).map(channel -> OptionalLong.of(channel.ledger().height()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public long join(Block block) {
        ConfigBlock genesis = ConfigBlock.genesis(block);
        synchronized (channels) {
            if (channels.channel(genesis.channelId()).isPresent()) {
                throw new IllegalStateException("channel already exists");
            }
            channels.openFromGenesis(genesis, Set.of());
        }
        return height(genesis.channelId()).orElseThrow();
    }

    @Override
    public boolean remove(String channelId) {
        return removal.test(channelId);
    }

    @Override
    public Optional<Msp> localMsp(String mspId) {
        return localMsps.apply(mspId);
    }

    @Override
    public List<String> joinedChannels(String mspId) {
        synchronized (channels) {
            return channels.records().stream().filter(channel -> channel.peers().contains(mspId))
                    .map(ChannelRecords.Channel::channelId).sorted().toList();
        }
    }

    @Override
    public void join(String mspId, ConfigBlock genesis) {
        String id = genesis.channelId();
        synchronized (channels) {
            Optional<Network.Channel> open = channels.channel(id);
            if (open.isEmpty()) {
                channels.openFromGenesis(genesis, Set.of(mspId));
                return;
            }
            if (channels.record(id).orElseThrow().peers().contains(mspId)) {
                throw new IllegalStateException("cannot create ledger from genesis block: ledger [" + id
                        + "] already exists with state [ACTIVE]");
            }
            Block ours = open.get().ledger().block(0);
            if (!ours.getHeader().equals(genesis.block().getHeader()) || !ours.getData().equals(genesis.block().getData())) {
                throw new IllegalArgumentException("cannot create ledger from genesis block: devnet serves channel " + id
                        + " from another genesis block");
            }
            channels.peerJoined(id, mspId);
        }
    }

    @Override
    public Optional<Block> configBlock(String mspId, String channelId) {
        if (!joinedChannels(mspId).contains(channelId)) {
            return Optional.empty();
        }
        Optional<ChannelLedger> ledger = channels.channel(channelId).map(Network.Channel::ledger);
        for (long number = ledger.map(ChannelLedger::height).orElse(0L) - 1; number >= 0; number--) {
            Block block = ledger.get().block(number);
            if (ConfigBlock.of(block).isPresent()) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
