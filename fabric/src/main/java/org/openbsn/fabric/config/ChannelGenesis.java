package org.openbsn.fabric.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.LastConfig;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;

/**
 * A channel's genesis block, laid out as Fabric's {@code configtxgen} lays it out: block 0 holding one unsigned
 * CONFIG envelope of the channel's first configuration, its data hash, and the last-config and signatures metadata
 * pointing at itself. Orderers join the channel with it, then peers.
 */
public final class ChannelGenesis {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int METADATA_ENTRIES = 5;

    private ChannelGenesis() {
    }

    /** The genesis block of {@code channelId} with this configuration. */
    public static Block block(String channelId, ConfigGroup channelGroup, Instant at) {
        if (channelId == null || !channelId.matches("[a-z][a-z0-9.-]{0,248}")) {
            throw new IllegalArgumentException("a channel name is lowercase letters, digits, dots and dashes starting "
                    + "with a letter, not '" + channelId + "'");
        }
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        ChannelHeader header = ChannelHeader.newBuilder().setType(HeaderType.CONFIG_VALUE).setVersion(1)
                .setChannelId(channelId).setEpoch(0).setTxId(HexFormat.of().formatHex(sha256(nonce)))
                .setTimestamp(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                .build();
        Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(header.toByteString())
                        .setSignatureHeader(SignatureHeader.newBuilder().setNonce(ByteString.copyFrom(nonce)).build()
                                .toByteString()))
                .setData(ConfigEnvelope.newBuilder().setConfig(Config.newBuilder().setSequence(0)
                        .setChannelGroup(channelGroup)).build().toByteString())
                .build();
        ByteString envelope = Envelope.newBuilder().setPayload(payload.toByteString()).build().toByteString();
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i < METADATA_ENTRIES; i++) {
            metadata.addMetadata(ByteString.EMPTY);
        }
        metadata.setMetadata(0, Metadata.newBuilder().setValue(OrdererBlockMetadata.newBuilder()
                .setLastConfig(LastConfig.newBuilder().setIndex(0)).build().toByteString()).build().toByteString());
        metadata.setMetadata(1, Metadata.newBuilder().setValue(LastConfig.newBuilder().setIndex(0).build().toByteString())
                .build().toByteString());
        return Block.newBuilder()
                .setHeader(BlockHeader.newBuilder().setNumber(0).setDataHash(ByteString.copyFrom(sha256(envelope.toByteArray()))))
                .setData(BlockData.newBuilder().addData(envelope))
                .setMetadata(metadata)
                .build();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
