package org.openbsn.devnet.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;

import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;

/**
 * The CONFIG transaction of a channel's genesis block: its first configuration, with an Application group
 * holding each member organisation's MSP (id and root CA), as Fabric's channel creation writes it.
 */
public final class GenesisConfig {

    private GenesisConfig() {
    }

    public static Envelope of(String channelId, Collection<Msp> members, Instant at) {
        ConfigGroup.Builder application = ConfigGroup.newBuilder();
        for (Msp member : members) {
            FabricMSPConfig msp = FabricMSPConfig.newBuilder().setName(member.mspId())
                    .addRootCerts(com.google.protobuf.ByteString.copyFrom(Pem.of(member.ca()), StandardCharsets.UTF_8))
                    .build();
            ConfigValue value = ConfigValue.newBuilder()
                    .setValue(MSPConfig.newBuilder().setType(0).setConfig(msp.toByteString()).build().toByteString()).build();
            application.putGroups(member.mspId(), ConfigGroup.newBuilder().putValues("MSP", value).build());
        }
        Config config = Config.newBuilder().setSequence(0)
                .setChannelGroup(ConfigGroup.newBuilder().putGroups("Application", application.build())).build();
        ChannelHeader header = ChannelHeader.newBuilder().setType(HeaderType.CONFIG_VALUE).setVersion(1)
                .setChannelId(channelId)
                .setTimestamp(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                .build();
        Payload payload = Payload.newBuilder().setHeader(Header.newBuilder().setChannelHeader(header.toByteString()))
                .setData(ConfigEnvelope.newBuilder().setConfig(config).build().toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }
}
