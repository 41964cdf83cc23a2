package org.openbsn.devnet.ledger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.orderer.BatchSize;
import org.hyperledger.fabric.protos.orderer.BatchTimeout;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;

/**
 * A channel's configuration block read as an orderer and a peer read it: one CONFIG envelope naming the channel,
 * whose Application group holds each member organisation's MSP (its root certificate). Refusals are worded as
 * Fabric words them, so a caller sees the same reason on devnet and on real Fabric.
 */
public record ConfigBlock(String channelId, Map<String, Msp> members, Block block) {

    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9.-]*");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?)(ns|us|\u00b5s|ms|s|m|h)");

    /**
     * The genesis block a channel is opened from, with its transactions filter set to valid as a joining peer sets
     * it; {@code IllegalArgumentException} says why the block cannot start a channel.
     */
    public static ConfigBlock genesis(Block block) {
        ConfigBlock config = of(block).orElseThrow(() -> new IllegalArgumentException("block is not a config block"));
        if (block.getHeader().getNumber() != 0) {
            throw new IllegalArgumentException("devnet opens a channel from its genesis block (number 0) only, not from"
                    + " config block " + block.getHeader().getNumber());
        }
        BlockMetadata.Builder metadata = block.getMetadata().toBuilder();
        while (metadata.getMetadataCount() <= BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) {
            metadata.addMetadata(ByteString.EMPTY);
        }
        if (metadata.getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).isEmpty()) {
            byte[] valid = new byte[block.getData().getDataCount()];
            java.util.Arrays.fill(valid, (byte) TxValidationCode.VALID_VALUE);
            metadata.setMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE, ByteString.copyFrom(valid));
        }
        config.batching(); // an orderer refuses a block whose batching it cannot read
        return new ConfigBlock(config.channelId, config.members, block.toBuilder().setMetadata(metadata).build());
    }

    /**
     * How the channel's Orderer group says blocks are cut (BatchSize's message count, BatchTimeout), if it says so;
     * an {@code IllegalArgumentException} when it says so unreadably.
     */
    public Optional<Batching> batching() {
        try {
            Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
            ConfigGroup orderer = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup()
                    .getGroupsMap().get("Orderer");
            if (orderer == null || !orderer.containsValues("BatchSize") || !orderer.containsValues("BatchTimeout")) {
                return Optional.empty();
            }
            int messages = BatchSize.parseFrom(orderer.getValuesOrThrow("BatchSize").getValue()).getMaxMessageCount();
            String timeout = BatchTimeout.parseFrom(orderer.getValuesOrThrow("BatchTimeout").getValue()).getTimeout();
            return Optional.of(new Batching(messages, goDuration(timeout)));
        } catch (InvalidProtocolBufferException malformed) {
            throw new IllegalArgumentException("invalid config: unreadable Orderer batching: " + malformed.getMessage());
        }
    }

    /** The policy {@code /Channel/Application/<name>} of this configuration (e.g. Endorsement), if it has one. */
    public Optional<Policy> applicationPolicy(String name) {
        try {
            Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
            ConfigGroup application = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup()
                    .getGroupsMap().get("Application");
            return Optional.ofNullable(application).map(group -> group.getPoliciesMap().get(name)).map(ConfigPolicy::getPolicy);
        } catch (InvalidProtocolBufferException malformed) {
            return Optional.empty();
        }
    }

    /** A duration as Go's time.ParseDuration reads it, e.g. {@code 250ms}, {@code 2s}, {@code 1m30s}. */
    private static Duration goDuration(String text) {
        Matcher part = DURATION_PART.matcher(text);
        double nanos = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            nanos += Double.parseDouble(part.group(1)) * switch (part.group(2)) {
                case "ns" -> 1;
                case "us", "\u00b5s" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            end = part.end();
        }
        if (text.isEmpty() || end != text.length()) {
            throw new IllegalArgumentException("invalid config: BatchTimeout '" + text + "' is not a duration");
        }
        return Duration.ofNanos((long) nanos);
    }

    /** The newest configuration among {@code blocks} (a channel's blocks in order), if any holds one. */
    public static Optional<ConfigBlock> latest(List<Block> blocks) {
        for (int index = blocks.size() - 1; index >= 0; index--) {
            Optional<ConfigBlock> config = of(blocks.get(index));
            if (config.isPresent()) {
                return config;
            }
        }
        return Optional.empty();
    }

    /** The configuration in {@code block}, or empty when it is no config block (one CONFIG envelope). */
    public static Optional<ConfigBlock> of(Block block) {
        if (block.getData().getDataCount() != 1) {
            return Optional.empty();
        }
        try {
            Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
            ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            if (header.getType() != HeaderType.CONFIG_VALUE) {
                return Optional.empty();
            }
            if (!CHANNEL_NAME.matcher(header.getChannelId()).matches() || header.getChannelId().length() > 249) {
                throw new IllegalArgumentException("bad channel ID: '" + header.getChannelId() + "' contains illegal characters");
            }
            ConfigGroup channel = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup();
            return Optional.of(new ConfigBlock(header.getChannelId(), members(channel), block));
        } catch (InvalidProtocolBufferException malformed) {
            return Optional.empty();
        }
    }

    /** Each Application organisation's MSP id and root certificate; a channel without one cannot be joined. */
    private static Map<String, Msp> members(ConfigGroup channel) throws InvalidProtocolBufferException {
        ConfigGroup application = channel.getGroupsMap().get("Application");
        if (application == null) {
            throw new IllegalArgumentException("invalid config: must have at least one of application or consortiums");
        }
        Map<String, Msp> members = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigGroup> organisation : application.getGroupsMap().entrySet()) {
            var value = organisation.getValue().getValuesMap().get("MSP");
            if (value == null) {
                throw new IllegalArgumentException("organisation " + organisation.getKey() + " has no MSP configuration");
            }
            FabricMSPConfig msp = FabricMSPConfig.parseFrom(MSPConfig.parseFrom(value.getValue()).getConfig());
            if (msp.getRootCertsCount() == 0) {
                throw new IllegalArgumentException("MSP " + msp.getName() + " has no root certificate");
            }
            // OpenBSN's organisations have one root CA each; devnet trusts the first
            members.put(msp.getName(), new Msp(msp.getName(), Pem.certificate(msp.getRootCerts(0).toByteArray())));
        }
        return Map.copyOf(members);
    }
}
