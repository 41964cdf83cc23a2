package org.openbsn.fabric.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import org.hyperledger.fabric.protos.common.BlockDataHashingStructure;
import org.hyperledger.fabric.protos.common.Capabilities;
import org.hyperledger.fabric.protos.common.Capability;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.HashingAlgorithm;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy;
import org.hyperledger.fabric.protos.common.MSPRole.MSPRoleType;
import org.hyperledger.fabric.protos.common.OrdererAddresses;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.FabricNodeOUs;
import org.hyperledger.fabric.protos.msp.FabricOUIdentifier;
import org.hyperledger.fabric.protos.msp.FabricCryptoConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.orderer.BatchSize;
import org.hyperledger.fabric.protos.orderer.BatchTimeout;
import org.hyperledger.fabric.protos.orderer.ConsensusType;
import org.hyperledger.fabric.protos.orderer.etcdraft.ConfigMetadata;
import org.hyperledger.fabric.protos.orderer.etcdraft.Consenter;
import org.hyperledger.fabric.protos.orderer.etcdraft.Options;
import org.hyperledger.fabric.protos.peer.AnchorPeer;
import org.hyperledger.fabric.protos.peer.AnchorPeers;

/**
 * An application channel's configuration tree, built from Fabric's protos as {@code configtxgen} builds it: a
 * Channel group (SHA-256, V2_0) holding an Orderer group with the cluster's etcdraft consenters and an Application
 * group with one group per member organisation (MSP with NodeOUs, anchor peers, Readers/Writers/Admins/Endorsement).
 * The channel's Endorsement and LifecycleEndorsement are signature policies over the endorsing organisations' peers,
 * so a member that only holds participants never has to endorse.
 */
public final class ChannelConfig {

    static final String CAPABILITY = "V2_0";
    private static final String ADMINS = Policies.ADMINS;

    private ChannelConfig() {
    }

    /** The channel group of a new channel with these members, ordered by {@code cluster}. */
    public static ConfigGroup channelGroup(List<ChannelMember> members, OrderingCluster cluster, EndorsementRule rule,
                                           Batching batching) {
        if (members.stream().noneMatch(ChannelMember::endorsing)) {
            throw new IllegalArgumentException("a channel needs at least one organisation whose peers endorse");
        }
        ConfigGroup.Builder channel = group()
                .putValues("HashingAlgorithm", value(HashingAlgorithm.newBuilder().setName("SHA256").build()))
                .putValues("BlockDataHashingStructure", value(BlockDataHashingStructure.newBuilder().setWidth(-1).build()))
                .putValues("Capabilities", capabilities())
                .putPolicies("Readers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Readers"))
                .putPolicies("Writers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Writers"))
                .putPolicies(ADMINS, Policies.implicit(ImplicitMetaPolicy.Rule.MAJORITY, ADMINS));
        channel.putGroups("Orderer", ordererGroup(cluster, batching));
        channel.putGroups("Application", applicationGroup(members, rule));
        return channel.build();
    }

    /** The Application group: every member's group, and endorsement by {@code rule} of the endorsing ones. */
    public static ConfigGroup applicationGroup(List<ChannelMember> members, EndorsementRule rule) {
        List<Policies.Role> endorsers = new ArrayList<>();
        ConfigGroup.Builder application = group().putValues("Capabilities", capabilities());
        for (ChannelMember member : members) {
            application.putGroups(member.mspId(), applicationOrganisation(member));
            if (member.endorsing()) {
                endorsers.add(new Policies.Role(member.mspId(), MSPRoleType.PEER));
            }
        }
        int required = rule.required(endorsers.size());
        return application
                .putPolicies("Readers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Readers"))
                .putPolicies("Writers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Writers"))
                .putPolicies(ADMINS, Policies.implicit(ImplicitMetaPolicy.Rule.MAJORITY, ADMINS))
                .putPolicies("Endorsement", Policies.outOf(required, endorsers))
                .putPolicies("LifecycleEndorsement", Policies.outOf(required, endorsers))
                .build();
    }

    /** One member's group: its MSP, anchor peers and own policies. */
    public static ConfigGroup applicationOrganisation(ChannelMember member) {
        String id = member.mspId();
        AnchorPeers.Builder anchors = AnchorPeers.newBuilder();
        member.anchorPeers().forEach(peer -> anchors.addAnchorPeers(AnchorPeer.newBuilder().setHost(peer.host())
                .setPort(peer.port())));
        ConfigGroup.Builder organisation = group().putValues("MSP", msp(id, member.caPem(), member.tlsCaPem()));
        if (!member.anchorPeers().isEmpty()) {
            organisation.putValues("AnchorPeers", value(anchors.build()));
        }
        return organisation
                .putPolicies("Readers", Policies.anyOf(id, MSPRoleType.ADMIN, MSPRoleType.PEER, MSPRoleType.CLIENT))
                .putPolicies("Writers", Policies.anyOf(id, MSPRoleType.ADMIN, MSPRoleType.CLIENT))
                .putPolicies(ADMINS, Policies.anyOf(id, MSPRoleType.ADMIN))
                .putPolicies("Endorsement", Policies.anyOf(id, MSPRoleType.PEER))
                .build();
    }

    private static ConfigGroup ordererGroup(OrderingCluster cluster, Batching batching) {
        ConfigMetadata.Builder raft = ConfigMetadata.newBuilder().setOptions(Options.newBuilder()
                .setTickInterval("500ms").setElectionTick(10).setHeartbeatTick(1).setMaxInflightBlocks(5)
                .setSnapshotIntervalSize(16 * 1024 * 1024));
        OrdererAddresses.Builder addresses = OrdererAddresses.newBuilder();
        for (OrderingCluster.Consenter consenter : cluster.consenters()) {
            ByteString certificate = ByteString.copyFrom(consenter.tlsCertificatePem(), StandardCharsets.UTF_8);
            raft.addConsenters(Consenter.newBuilder().setHost(consenter.endpoint().host())
                    .setPort(consenter.endpoint().port()).setClientTlsCert(certificate).setServerTlsCert(certificate));
            addresses.addAddresses(consenter.endpoint().toString());
        }
        ConfigGroup ordererOrganisation = group()
                .putValues("MSP", msp(cluster.mspId(), cluster.caPem(), cluster.tlsCaPem()))
                .putValues("Endpoints", value(addresses.build()))
                .putPolicies("Readers", Policies.anyOf(cluster.mspId(), MSPRoleType.MEMBER))
                .putPolicies("Writers", Policies.anyOf(cluster.mspId(), MSPRoleType.MEMBER))
                .putPolicies(ADMINS, Policies.anyOf(cluster.mspId(), MSPRoleType.ADMIN))
                .build();
        return group()
                .putValues("ConsensusType", value(ConsensusType.newBuilder().setType("etcdraft")
                        .setMetadata(raft.build().toByteString()).setState(ConsensusType.State.STATE_NORMAL).build()))
                .putValues("BatchSize", value(BatchSize.newBuilder().setMaxMessageCount(batching.maxMessages())
                        .setAbsoluteMaxBytes(10 * 1024 * 1024).setPreferredMaxBytes(2 * 1024 * 1024).build()))
                .putValues("BatchTimeout", value(BatchTimeout.newBuilder()
                        .setTimeout(batching.timeout().toMillis() + "ms").build()))
                .putValues("Capabilities", capabilities())
                .putPolicies("Readers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Readers"))
                .putPolicies("Writers", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Writers"))
                .putPolicies(ADMINS, Policies.implicit(ImplicitMetaPolicy.Rule.MAJORITY, ADMINS))
                .putPolicies("BlockValidation", Policies.implicit(ImplicitMetaPolicy.Rule.ANY, "Writers"))
                .putGroups(cluster.mspId(), ordererOrganisation)
                .build();
    }

    /** An MSP that classifies its members by NodeOU, all four OUs certified by the organisation's CA. */
    static ConfigValue msp(String mspId, String caPem, String tlsCaPem) {
        ByteString ca = ByteString.copyFrom(caPem, StandardCharsets.UTF_8);
        FabricNodeOUs nodeOus = FabricNodeOUs.newBuilder().setEnable(true)
                .setClientOuIdentifier(ou(ca, "client")).setPeerOuIdentifier(ou(ca, "peer"))
                .setAdminOuIdentifier(ou(ca, "admin")).setOrdererOuIdentifier(ou(ca, "orderer")).build();
        FabricMSPConfig config = FabricMSPConfig.newBuilder().setName(mspId).addRootCerts(ca)
                .addTlsRootCerts(ByteString.copyFrom(tlsCaPem, StandardCharsets.UTF_8))
                .setCryptoConfig(FabricCryptoConfig.newBuilder().setSignatureHashFamily("SHA2")
                        .setIdentityIdentifierHashFunction("SHA256"))
                .setFabricNodeOus(nodeOus).build();
        return value(MSPConfig.newBuilder().setType(0).setConfig(config.toByteString()).build());
    }

    private static FabricOUIdentifier ou(ByteString ca, String name) {
        return FabricOUIdentifier.newBuilder().setCertificate(ca).setOrganizationalUnitIdentifier(name).build();
    }

    private static ConfigValue capabilities() {
        return value(Capabilities.newBuilder().putCapabilities(CAPABILITY, Capability.getDefaultInstance()).build());
    }

    private static ConfigValue value(Message message) {
        return ConfigValue.newBuilder().setValue(message.toByteString()).setModPolicy(ADMINS).build();
    }

    private static ConfigGroup.Builder group() {
        return ConfigGroup.newBuilder().setModPolicy(ADMINS);
    }
}
