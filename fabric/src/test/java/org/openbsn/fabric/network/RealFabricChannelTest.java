package org.openbsn.fabric.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationAdmins;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.ChaincodeServerProcess;
import org.openbsn.fabric.testing.Orderer;
import org.openbsn.fabric.testing.OrdererOrganisation;
import org.openbsn.fabric.testing.Peer;
import org.openbsn.fabric.testing.PeerOrganisation;
import org.openbsn.fabric.testing.RealFabric;
import org.openbsn.infra.testing.Await;

/**
 * On a real Fabric network (three etcdraft orderers, two city-node organisations with a peer each, crypto from
 * OpenBSN's own CAs), {@link ChannelOperations}: a channel built from OpenBSN's genesis block is joined on every
 * orderer and peer, the base chaincode goes through {@code _lifecycle} and serves a participant of the participants'
 * organisation through either node, an upgrade goes live at sequence 2, a third city node joins the live channel,
 * everything committed survives an orderer and a peer being killed, and the channel is removed from the orderers.
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
    static final Map<String, Identity> admins = new HashMap<>();

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
    void aChannelRunsTheBaseChaincodeForAParticipantAcrossUpgradesNewNodesAndCrashes() throws Exception {
        OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.test");
        OrganisationCa participantsTls = OrganisationCa.create("ParticipantsMSP", "tls.participants.test");
        admins.put("ParticipantsMSP", participants.enroll("admin", NodeOu.ADMIN));
        fabric.peerOrganisations().forEach(organisation -> admins.put(organisation.mspId(), organisation.admin()));
        OrganisationAdmins port = mspId -> {
            Identity admin = admins.get(mspId);
            if (admin == null) {
                throw new IllegalArgumentException("no admin of " + mspId + " is held here");
            }
            return admin;
        };
        ChannelOperations operations = new ChannelOperations(port, Duration.ofSeconds(60));

        List<ChannelMember> members = new ArrayList<>();
        for (PeerOrganisation organisation : fabric.peerOrganisations()) {
            members.add(member(organisation));
        }
        members.add(new ChannelMember("ParticipantsMSP", Pem.of(participants.certificate()),
                Pem.of(participantsTls.certificate()), List.of(), false));
        ClusterAccess access = fabric.ordererOrganisation().clusterAccess();
        Block genesis = operations.create(CHANNEL, members, access, EndorsementRule.MAJORITY, Batching.forTps(20));
        for (Orderer orderer : fabric.ordererOrganisation().orderers()) {
            assertThat(participation(orderer).channels()).contains(CHANNEL);
        }

        int chaincodePort = ChaincodeServerProcess.freePort();
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + chaincodePort, Duration.ofSeconds(10));
        List<PeerNode> peers = List.of(peer("Node1MSP"), peer("Node2MSP"));
        String packageId = null;
        for (PeerNode peer : peers) {
            operations.joinPeer(peer, CHANNEL, genesis);
            operations.joinPeer(peer, CHANNEL, genesis); // a repeated join changes nothing
            packageId = operations.install(peer, "basecc_1", pkg);
            assertThat(operations.install(peer, "basecc_1", pkg)).isEqualTo(packageId);
        }
        assertThat(packageId).isEqualTo(CcaasPackage.packageId("basecc_1", pkg));
        chaincode = ChaincodeServerProcess.start(work, packageId, chaincodePort);

        operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, packageId), peers);
        operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, packageId), peers); // already live

        Identity alice = participants.enroll("alice", NodeOu.CLIENT);
        Gateway viaNode1 = gateway(alice, "Node1MSP");
        Gateway viaNode2 = gateway(alice, "Node2MSP");
        eventually("alice sets a key through Node1's peer", () -> set(viaNode1, "k1", "v1"));
        assertThat(get(viaNode2, "k1")).as("the same certificate reads through the other city node's peer").contains("v1");

        ChaincodeDefinition upgrade = new ChaincodeDefinition("basecc", "2", 2, packageId);
        operations.deploy(CHANNEL, upgrade, peers);
        eventually("alice sets a key after the upgrade", () -> set(viaNode2, "k2", "v2"));

        PeerOrganisation node3 = fabric.addPeerOrganisation("Node3MSP");
        admins.put("Node3MSP", node3.admin());
        List<ChannelMember> grown = new ArrayList<>(members);
        grown.add(member(node3));
        operations.reconfigure(CHANNEL, grown, EndorsementRule.MAJORITY, peer("Node1MSP"), access);
        operations.reconfigure(CHANNEL, grown, EndorsementRule.MAJORITY, peer("Node1MSP"), access); // nothing to change
        operations.joinPeer(peer("Node3MSP"), CHANNEL, genesis);
        operations.install(peer("Node3MSP"), "basecc_1", pkg);
        operations.approve(CHANNEL, upgrade, peer("Node3MSP"));
        Gateway viaNode3 = gateway(alice, "Node3MSP");
        assertThat(eventually("k2 reads through the new city node's peer", () -> get(viaNode3, "k2"))).contains("v2");
        eventually("a key commits endorsed by the new city node", () -> viaNode3.getNetwork(CHANNEL).getContract("basecc")
                .newProposal("set").addArguments("{\"baseKey\":\"k5\",\"baseValue\":\"v5\"}")
                .setEndorsingOrganizations("Node3MSP", "Node1MSP").build().endorse().submit());

        fabric.kill("orderer0");
        fabric.kill(fabric.peerOrganisation("Node2MSP").peers().get(0).processName());
        fabric.restart("orderer0");
        fabric.restart(fabric.peerOrganisation("Node2MSP").peers().get(0).processName());
        assertThat(eventually("k1 reads back through the restarted peer", () -> get(viaNode2, "k1"))).contains("v1");
        assertThat(get(viaNode2, "k5")).contains("v5");
        eventually("a new key commits after the restarts", () -> set(viaNode1, "k3", "v3"));
        assertThat(eventually("the restarted orderer catches up", () -> participation(fabric.ordererOrganisation()
                .orderer("orderer0")).channel(CHANNEL).orElseThrow().height())).isGreaterThan(5);

        operations.remove(CHANNEL, access);
        operations.remove(CHANNEL, access); // already gone
        for (Orderer orderer : fabric.ordererOrganisation().orderers()) {
            assertThat(participation(orderer).channels()).doesNotContain(CHANNEL);
        }
        assertThatThrownBy(() -> set(viaNode1, "k4", "v4")).as("a channel removed from the orderers orders nothing more")
                .isNotNull();
    }

    @Test
    void aStepFabricKeepsRefusingFailsWithFabricsOwnWords() {
        OrganisationAdmins port = mspId -> fabric.peerOrganisation("Node1MSP").admin();
        ChannelOperations impatient = new ChannelOperations(port, Duration.ofSeconds(1));
        assertThatThrownBy(() -> impatient.joinPeer(peer("Node1MSP"), "no-such-channel", Block.getDefaultInstance()))
                .isInstanceOf(AdminRefusal.class)
                .hasMessageContaining("Could not join Node1MSP peer at")
                .hasMessageContaining("within 1 s");
    }

    private static ChannelMember member(PeerOrganisation organisation) {
        Peer peer = organisation.peers().get(0);
        return new ChannelMember(organisation.mspId(), Pem.of(organisation.caCertificate()),
                Pem.of(organisation.tlsCaCertificate()), List.of(new Endpoint(peer.host(), peer.port())), true);
    }

    private static PeerNode peer(String mspId) {
        Peer peer = fabric.peerOrganisation(mspId).peers().get(0);
        return new PeerNode(mspId, peer.host(), peer.port(), peer.tlsCaPem(), "");
    }

    private static ChannelParticipation participation(Orderer orderer) {
        return new ChannelParticipation(orderer.host(), orderer.adminPort(), fabric.ordererOrganisation().adminSslContext());
    }

    private static Gateway gateway(Identity identity, String viaMspId) throws Exception {
        Peer peer = fabric.peerOrganisation(viaMspId).peers().get(0);
        ManagedChannel channel = PeerChannels.open(peer.host(), peer.port(), peer.tlsCaPem(), "");
        Gateway gateway = Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), Identities.readX509Certificate(identity.certificatePem())))
                .signer(Signers.newPrivateKeySigner(identity.privateKey()))
                .connection(channel).connect();
        opened.add(gateway);
        opened.add(channel::shutdownNow);
        return gateway;
    }

    private static byte[] set(Gateway gateway, String key, String value) throws Exception {
        return gateway.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}");
    }

    private static String get(Gateway gateway, String key) throws Exception {
        return new String(gateway.getNetwork(CHANNEL).getContract("basecc").evaluateTransaction("get", key),
                StandardCharsets.UTF_8);
    }

    /** Repeats {@code action} until it succeeds: after a restart a raft leader is elected and a peer catches up within seconds. */
    private static <T> T eventually(String what, Callable<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> last = new AtomicReference<>();
        try {
            Await.until(what, () -> {
                try {
                    result.set(action.call());
                    return true;
                } catch (Exception | AssertionError notYet) {
                    last.set(notYet);
                    return false;
                }
            }, PATIENCE);
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + "; last: " + last.get(), last.get());
        }
        return result.get();
    }
}
