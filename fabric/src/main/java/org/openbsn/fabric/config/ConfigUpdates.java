package org.openbsn.fabric.config;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigSignature;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigUpdateEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.openbsn.fabric.msp.Signer;

/**
 * Configuration updates as Fabric's {@code peer channel update} sends them: the update signed by enough
 * organisation admins for the policies it touches, wrapped in a CONFIG_UPDATE envelope signed by its submitter.
 */
public final class ConfigUpdates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfigUpdates() {
    }

    /** The configuration a config block (a channel's genesis block or a later config block) holds. */
    public static Config configOf(Block block) {
        try {
            Envelope envelope = Envelope.parseFrom(block.getData().getData(0));
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            if (header.getType() != HeaderType.CONFIG_VALUE) {
                throw new IllegalArgumentException("block " + block.getHeader().getNumber() + " is no configuration block");
            }
            return ConfigEnvelope.parseFrom(payload.getData()).getConfig();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("block " + block.getHeader().getNumber() + " holds no configuration", e);
        }
    }

    /** The envelope the orderers take: {@code update} signed by each of {@code admins}, submitted by {@code submitter}. */
    public static Envelope envelope(ConfigUpdate update, List<? extends Signer> admins, Signer submitter) {
        ByteString updateBytes = update.toByteString();
        ConfigUpdateEnvelope.Builder signed = ConfigUpdateEnvelope.newBuilder().setConfigUpdate(updateBytes);
        for (Signer admin : admins) {
            ByteString signatureHeader = signatureHeader(admin).toByteString();
            signed.addSignatures(ConfigSignature.newBuilder().setSignatureHeader(signatureHeader)
                    .setSignature(ByteString.copyFrom(admin.sign(signatureHeader.concat(updateBytes).toByteArray()))));
        }
        Instant now = Instant.now();
        ChannelHeader channelHeader = ChannelHeader.newBuilder().setType(HeaderType.CONFIG_UPDATE_VALUE)
                .setChannelId(update.getChannelId())
                .setTimestamp(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano())).build();
        Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString())
                        .setSignatureHeader(signatureHeader(submitter).toByteString()))
                .setData(signed.build().toByteString()).build();
        ByteString payloadBytes = payload.toByteString();
        return Envelope.newBuilder().setPayload(payloadBytes)
                .setSignature(ByteString.copyFrom(submitter.sign(payloadBytes.toByteArray()))).build();
    }

    private static SignatureHeader signatureHeader(Signer signer) {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return SignatureHeader.newBuilder().setCreator(signer.creator()).setNonce(ByteString.copyFrom(nonce)).build();
    }
}
