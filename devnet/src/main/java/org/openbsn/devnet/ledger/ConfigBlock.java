package org.openbsn.devnet.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;

/**
 * A channel's configuration block read as an orderer and a peer read it: one CONFIG envelope naming the channel,
 * whose Application group holds each member organisation's MSP (its root certificate). Refusals are worded as
 * Fabric words them, so a caller sees the same reason on devnet and on real Fabric.
 */
public record ConfigBlock(String channelId, Map<String, Msp> members, Block block) {

    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9.-]*");

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
        return new ConfigBlock(config.channelId, config.members, block.toBuilder().setMetadata(metadata).build());
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
