package org.openbsn.fabric.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.orderer.BatchSize;
import org.hyperledger.fabric.protos.orderer.ConsensusType;
import org.hyperledger.fabric.protos.orderer.etcdraft.ConfigMetadata;
import org.junit.jupiter.api.Test;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

class ChannelGenesisTest {

    private static ChannelMember member(String mspId, boolean endorsing) {
        OrganisationCa ca = OrganisationCa.create(mspId, mspId.toLowerCase() + ".test");
        OrganisationCa tls = OrganisationCa.create(mspId, "tls." + mspId.toLowerCase() + ".test");
        return new ChannelMember(mspId, Pem.of(ca.certificate()), Pem.of(tls.certificate()),
                endorsing ? List.of(new Endpoint("127.0.0.1", 7051)) : List.of(), endorsing);
    }

    private static OrderingCluster cluster() {
        OrganisationCa ca = OrganisationCa.create("OrdererMSP", "orderer.test");
        OrganisationCa tls = OrganisationCa.create("OrdererMSP", "tls.orderer.test");
        return new OrderingCluster("OrdererMSP", Pem.of(ca.certificate()), Pem.of(tls.certificate()), List.of(
                new OrderingCluster.Consenter(new Endpoint("127.0.0.1", 7050), Pem.of(ca.certificate())),
                new OrderingCluster.Consenter(new Endpoint("127.0.0.1", 7060), Pem.of(ca.certificate())),
                new OrderingCluster.Consenter(new Endpoint("127.0.0.1", 7070), Pem.of(ca.certificate()))));
    }

    @Test
    void theGenesisBlockHoldsTheChannelsFirstConfigurationWithEveryMemberAndTheClustersConsenters() throws Exception {
        List<ChannelMember> members = List.of(member("Node1MSP", true), member("Node2MSP", true),
                member("Node3MSP", true), member("ParticipantsMSP", false));
        Block block = ChannelGenesis.block("app-1", ChannelConfig.channelGroup(members, cluster(),
                EndorsementRule.MAJORITY, Batching.forTps(100)), Instant.now());

        assertThat(block.getHeader().getNumber()).isZero();
        assertThat(block.getHeader().getDataHash().toByteArray())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(block.getData().getData(0).toByteArray()));
        Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
        ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        assertThat(header.getType()).isEqualTo(HeaderType.CONFIG_VALUE);
        assertThat(header.getChannelId()).isEqualTo("app-1");
        ConfigGroup channel = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup();

        ConfigGroup application = channel.getGroupsOrThrow("Application");
        assertThat(application.getGroupsMap()).containsOnlyKeys("Node1MSP", "Node2MSP", "Node3MSP", "ParticipantsMSP");
        FabricMSPConfig msp = FabricMSPConfig.parseFrom(MSPConfig.parseFrom(application.getGroupsOrThrow("Node1MSP")
                .getValuesOrThrow("MSP").getValue()).getConfig());
        assertThat(msp.getName()).isEqualTo("Node1MSP");
        assertThat(msp.getFabricNodeOus().getEnable()).isTrue();
        assertThat(msp.getTlsRootCertsCount()).isOne();
        SignaturePolicyEnvelope endorsement = SignaturePolicyEnvelope.parseFrom(Policy.parseFrom(
                application.getPoliciesOrThrow("Endorsement").getPolicy().toByteString()).getValue());
        assertThat(endorsement.getRule().getNOutOf().getN()).as("a majority of three city nodes").isEqualTo(2);
        assertThat(endorsement.getIdentitiesList()).extracting(p -> MSPRole.parseFrom(p.getPrincipal()).getMspIdentifier())
                .as("the participants' organisation never endorses").containsExactly("Node1MSP", "Node2MSP", "Node3MSP");

        ConfigGroup orderer = channel.getGroupsOrThrow("Orderer");
        ConsensusType consensus = ConsensusType.parseFrom(orderer.getValuesOrThrow("ConsensusType").getValue());
        assertThat(consensus.getType()).isEqualTo("etcdraft");
        assertThat(ConfigMetadata.parseFrom(consensus.getMetadata()).getConsentersList()).extracting(c -> c.getPort())
                .containsExactly(7050, 7060, 7070);
        assertThat(BatchSize.parseFrom(orderer.getValuesOrThrow("BatchSize").getValue()).getMaxMessageCount()).isEqualTo(25);
        assertThat(orderer.getGroupsMap()).containsOnlyKeys("OrdererMSP");
    }

    @Test
    void anEndorsementRuleAskingForMoreOrganisationsThanTheChannelHasIsRefused() {
        List<ChannelMember> members = List.of(member("Node1MSP", true), member("ParticipantsMSP", false));
        assertThatThrownBy(() -> ChannelConfig.channelGroup(members, cluster(),
                new EndorsementRule(EndorsementRule.Kind.AT_LEAST, 2), Batching.forTps(10)))
                .hasMessageContaining("asks for 2 organisations, but the channel has 1");
        assertThatThrownBy(() -> ChannelConfig.channelGroup(List.of(member("ParticipantsMSP", false)), cluster(),
                EndorsementRule.MAJORITY, Batching.forTps(10)))
                .hasMessageContaining("at least one organisation whose peers endorse");
    }
}
