package org.openbsn.fabric.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelConfig;
import org.openbsn.fabric.config.ChannelGenesis;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.ConfigDelta;
import org.openbsn.fabric.config.ConfigUpdates;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.Orderer;
import org.openbsn.fabric.testing.OrdererOrganisation;
import org.openbsn.fabric.testing.Peer;
import org.openbsn.fabric.testing.PeerOrganisation;
import org.openbsn.fabric.testing.RealFabric;

/**
 * On a real Fabric network (three etcdraft orderers, two city-node organisations with a peer each, crypto from
 * OpenBSN's own CAs): a channel built from OpenBSN's genesis block is joined on every orderer and peer, the base
 * chaincode goes through {@code _lifecycle} and serves a participant, an upgrade goes live at sequence 2, and
 * everything committed survives an orderer and a peer being killed.
 */
@Tag("real-fabric")
class RealFabricChannelTest {

    private static final String CHANNEL = "app-real-one";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path work;
    static RealFabric fabric;
    static ChaincodeServerProcess chaincode;
    static final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void startNetwork() {
        fabric = RealFabric.start(work.resolve("network"));
    }

    @AfterAll
    static void stopNetwork() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
        if (chaincode != null) {
            chaincode.close();
        }
        fabric.close();
    }

    @Test
    void aChannelBuiltByOpenBsnRunsTheBaseChaincodeForAParticipantAcrossUpgradesAndCrashes() throws Exception {
        OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.test");
        OrganisationCa participantsTls = OrganisationCa.create("ParticipantsMSP", "tls.participants.test");
        List<ChannelMember> members = new ArrayList<>();
        for (PeerOrganisation organisation : fabric.peerOrganisations()) {
            Peer peer = organisation.peers().get(0);
            members.add(new ChannelMember(organisation.mspId(), Pem.of(organisation.caCertificate()),
                    Pem.of(organisation.tlsCaCertificate()), List.of(new Endpoint(peer.host(), peer.port())), true));
        }
        members.add(new ChannelMember("ParticipantsMSP", Pem.of(participants.certificate()),
                Pem.of(participantsTls.certificate()), List.of(), false));
        OrdererOrganisation ordering = fabric.ordererOrganisation();
        OrderingCluster cluster = new OrderingCluster(ordering.mspId(), Pem.of(ordering.caCertificate()),
                Pem.of(ordering.tlsCaCertificate()), ordering.orderers().stream().map(orderer ->
                        new OrderingCluster.Consenter(new Endpoint(orderer.host(), orderer.port()), orderer.tlsCertificatePem()))
                        .toList());
        Block genesis = ChannelGenesis.block(CHANNEL, ChannelConfig.channelGroup(members, cluster, EndorsementRule.MAJORITY,
                Batching.forTps(20)), Instant.now());

        for (Orderer orderer : ordering.orderers()) {
            ChannelParticipation participation = participation(orderer);
            participation.join(genesis);
            participation.join(genesis); // a repeated join changes nothing
            assertThat(participation.channels()).contains(CHANNEL);
        }

        int chaincodePort = ChaincodeServerProcess.freePort();
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + chaincodePort, Duration.ofSeconds(10));
        String packageId = null;
        for (PeerOrganisation organisation : fabric.peerOrganisations()) {
            try (PeerAdmin admin = peerAdmin(organisation.peers().get(0))) {
                eventually("peer of " + organisation.mspId() + " joins", () -> {
                    admin.join(organisation.admin(), CHANNEL, genesis);
                    return null;
                });
                admin.join(organisation.admin(), CHANNEL, genesis);
                assertThat(admin.channels(organisation.admin())).containsExactly(CHANNEL);
                packageId = admin.install(organisation.admin(), "basecc_1", pkg);
                assertThat(admin.install(organisation.admin(), "basecc_1", pkg)).isEqualTo(packageId);
            }
        }
        assertThat(packageId).isEqualTo(CcaasPackage.packageId("basecc_1", pkg));
        chaincode = ChaincodeServerProcess.start(work, packageId, chaincodePort);

        deploy(new ChaincodeDefinition("basecc", "1", 1, packageId));

        Identity alice = participants.enroll("alice", NodeOu.CLIENT);
        Gateway viaNode1 = gateway(alice, fabric.peerOrganisation("Node1MSP").peers().get(0));
        Gateway viaNode2 = gateway(alice, fabric.peerOrganisation("Node2MSP").peers().get(0));
        eventually("alice sets a key through Node1's peer", () -> viaNode1.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}"));
        assertThat(text(viaNode2.getNetwork(CHANNEL).getContract("basecc").evaluateTransaction("get", "k1")))
                .as("the same certificate reads through the other city node's peer").contains("v1");

        deploy(new ChaincodeDefinition("basecc", "2", 2, packageId));
        eventually("alice sets a key after the upgrade", () -> viaNode2.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"k2\",\"baseValue\":\"v2\"}"));

        addThirdCityNode(members, genesis, pkg, new ChaincodeDefinition("basecc", "2", 2, packageId));
        Gateway viaNode3 = gateway(alice, fabric.peerOrganisation("Node3MSP").peers().get(0));
        assertThat(text(eventually("k2 reads through the new city node's peer", () -> viaNode3.getNetwork(CHANNEL)
                .getContract("basecc").evaluateTransaction("get", "k2")))).contains("v2");
        eventually("a key commits endorsed by the new city node", () -> viaNode3.getNetwork(CHANNEL).getContract("basecc")
                .newProposal("set").addArguments("{\"baseKey\":\"k5\",\"baseValue\":\"v5\"}")
                .setEndorsingOrganizations("Node3MSP", "Node1MSP").build().endorse().submit());

        fabric.kill("orderer0");
        fabric.kill(fabric.peerOrganisation("Node2MSP").peers().get(0).processName());
        fabric.restart("orderer0");
        fabric.restart(fabric.peerOrganisation("Node2MSP").peers().get(0).processName());
        eventually("k1 reads back through the restarted peer", () -> text(viaNode2.getNetwork(CHANNEL)
                .getContract("basecc").evaluateTransaction("get", "k1")));
        assertThat(text(viaNode2.getNetwork(CHANNEL).getContract("basecc").evaluateTransaction("get", "k2"))).contains("v2");
        eventually("a new key commits after the restarts", () -> viaNode1.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"k3\",\"baseValue\":\"v3\"}"));
        assertThat(participation(ordering.orderer("orderer0")).channel(CHANNEL).orElseThrow().height())
                .as("the restarted orderer caught up").isGreaterThan(5);

        for (Orderer orderer : ordering.orderers()) {
            participation(orderer).remove(CHANNEL);
            assertThat(participation(orderer).channels()).doesNotContain(CHANNEL);
        }
        assertThatThrownBy(() -> viaNode1.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"k4\",\"baseValue\":\"v4\"}"))
                .as("a channel removed from the orderers orders nothing more").isNotNull();
    }

    /**
     * A third city node's organisation joins the live channel: a configuration update signed by a majority of the
     * channel's admins, then its peer joins, installs the package and its organisation approves the definition.
     */
    private static void addThirdCityNode(List<ChannelMember> members, Block genesis, byte[] pkg,
                                         ChaincodeDefinition live) throws Exception {
        PeerOrganisation node3 = fabric.addPeerOrganisation("Node3MSP");
        Peer peer = node3.peers().get(0);
        PeerOrganisation node1 = fabric.peerOrganisation("Node1MSP");
        PeerOrganisation node2 = fabric.peerOrganisation("Node2MSP");
        List<ChannelMember> grown = new ArrayList<>(members);
        grown.add(new ChannelMember("Node3MSP", Pem.of(node3.caCertificate()), Pem.of(node3.tlsCaCertificate()),
                List.of(new Endpoint(peer.host(), peer.port())), true));
        Block latest;
        try (PeerAdmin admin = peerAdmin(node1.peers().get(0))) {
            latest = admin.configBlock(node1.admin(), CHANNEL);
        }
        ConfigGroup current = ConfigUpdates.configOf(latest).getChannelGroup();
        ConfigGroup wanted = current.toBuilder().putGroups("Application",
                ChannelConfig.applicationGroup(grown, EndorsementRule.MAJORITY)).build();
        ConfigUpdate update = ConfigDelta.compute(CHANNEL, current, wanted);
        Orderer orderer = fabric.ordererOrganisation().orderer("orderer1");
        OrdererBroadcast.send(orderer.host(), orderer.port(), orderer.tlsCaPem(),
                ConfigUpdates.envelope(update, List.of(node1.admin(), node2.admin()), node1.admin()));
        eventually("the channel's configuration names Node3MSP", () -> {
            try (PeerAdmin admin = peerAdmin(node1.peers().get(0))) {
                assertThat(ConfigUpdates.configOf(admin.configBlock(node1.admin(), CHANNEL)).getChannelGroup()
                        .getGroupsOrThrow("Application").getGroupsMap()).containsKey("Node3MSP");
            }
            return null;
        });
        try (PeerAdmin admin = peerAdmin(peer)) {
            eventually("the new peer joins", () -> {
                admin.join(node3.admin(), CHANNEL, genesis);
                return null;
            });
            admin.install(node3.admin(), "basecc_1", pkg);
        }
        Gateway gateway = gateway(node3.admin(), peer);
        eventually("Node3MSP approves the live definition", () -> {
            ChaincodeLifecycle.approve(gateway, "Node3MSP", CHANNEL, live);
            return null;
        });
    }

    /** Every city-node organisation approves the definition through its own peer, then one commits it. */
    private static void deploy(ChaincodeDefinition definition) throws Exception {
        List<String> endorsing = new ArrayList<>();
        Gateway first = null;
        for (PeerOrganisation organisation : fabric.peerOrganisations()) {
            Gateway admin = gateway(organisation.admin(), organisation.peers().get(0));
            first = first == null ? admin : first;
            eventually(organisation.mspId() + " approves " + definition, () -> {
                ChaincodeLifecycle.approve(admin, organisation.mspId(), CHANNEL, definition);
                return null;
            });
            endorsing.add(organisation.mspId());
        }
        Gateway committer = first;
        eventually("both organisations' approvals are seen", () -> {
            Map<String, Boolean> approvals = ChaincodeLifecycle.approvals(committer, CHANNEL, definition);
            if (!endorsing.stream().allMatch(mspId -> approvals.getOrDefault(mspId, false))) {
                throw new IllegalStateException("not every city node's approval is seen yet: " + approvals);
            }
            return null;
        });
        eventually("the definition is committed", () -> {
            ChaincodeLifecycle.commit(committer, CHANNEL, definition, endorsing.toArray(String[]::new));
            return null;
        });
        assertThat(ChaincodeLifecycle.committedSequence(committer, CHANNEL, definition.name())).contains(definition.sequence());
    }

    private static ChannelParticipation participation(Orderer orderer) {
        return new ChannelParticipation(orderer.host(), orderer.adminPort(), fabric.ordererOrganisation().adminSslContext());
    }

    private static PeerAdmin peerAdmin(Peer peer) {
        return new PeerAdmin(peer.host(), peer.port(), peer.tlsCaPem(), "");
    }

    private static Gateway gateway(Identity identity, Peer peer) throws Exception {
        ManagedChannel channel = PeerChannels.open(peer.host(), peer.port(), peer.tlsCaPem(), "");
        Gateway gateway = Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), Identities.readX509Certificate(identity.certificatePem())))
                .signer(Signers.newPrivateKeySigner(identity.privateKey()))
                .connection(channel).connect();
        opened.add(gateway);
        opened.add(channel::shutdownNow);
        return gateway;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Repeats {@code action} until it succeeds: a raft leader is elected and gossip spreads within seconds, not at once. */
    private static <T> T eventually(String what, Callable<T> action) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return action.call();
            } catch (Exception | AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not reached within " + PATIENCE + ": " + what + "; last: " + e, e);
                }
                Thread.sleep(500);
            }
        }
    }
}
