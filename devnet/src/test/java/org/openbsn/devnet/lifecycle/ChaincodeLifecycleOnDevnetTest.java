package org.openbsn.devnet.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.admin.ChaincodeLifecycle;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.fabric.network.PeerNode;
import org.openbsn.fabric.testing.ChaincodeServerProcess;

/**
 * The first half of {@code RealFabricChannelTest} on devnet, through the same {@link ChannelOperations}: a channel
 * built from OpenBSN's genesis block is joined on the orderer and both city nodes' peers, the base chaincode's ccaas
 * package is installed and goes through {@code _lifecycle}, serves a participant, is upgraded at sequence 2, and is
 * still defined and running after devnet restarts; a commit without enough approvals and an install by a non-admin
 * are refused in Fabric's words.
 */
class ChaincodeLifecycleOnDevnetTest {

    private static final String CHANNEL = "app-lifecycle";

    @TempDir
    Path work;
    private final CityNodes nodes = new CityNodes();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void theBaseChaincodeIsInstalledApprovedCommittedUpgradedAndKeptAcrossARestart() throws Exception {
        Path data = work.resolve("devnet");
        int chaincodePort = ChaincodeServerProcess.freePort();
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + chaincodePort, Duration.ofSeconds(10));
        Identity alice = nodes.participants.enroll("alice", NodeOu.CLIENT);
        ChannelOperations operations = nodes.operations(Duration.ofSeconds(30));
        String packageId = null;
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            nodes.hostPeersOn(devnet);
            Block genesis = operations.create(CHANNEL, nodes.members(devnet), nodes.clusterAccess(devnet),
                    EndorsementRule.MAJORITY, Batching.forTps(20));
            List<PeerNode> peers = List.of(CityNodes.peer(devnet, "Node1MSP"), CityNodes.peer(devnet, "Node2MSP"));
            for (PeerNode peer : peers) {
                operations.joinPeer(peer, CHANNEL, genesis);
                packageId = operations.install(peer, "basecc_1", pkg);
                assertThat(operations.install(peer, "basecc_1", pkg)).as("a repeated install answers the same id")
                        .isEqualTo(packageId);
            }
            assertThat(packageId).isEqualTo(CcaasPackage.packageId("basecc_1", pkg));
            opened.add(ChaincodeServerProcess.start(work, packageId, chaincodePort));

            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, packageId), peers);
            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, packageId), peers); // already live
            Gateway viaNode1 = CityNodes.gateway(devnet, alice, opened);
            set(viaNode1, "k1", "v1");
            assertThat(get(viaNode1, "k1")).contains("v1");
            assertThat(setEndorsedBy(viaNode1, "Node1MSP").getCode()).as("the channel's Endorsement asks for both city nodes")
                    .isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);

            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "2", 2, packageId), peers);
            set(viaNode1, "k2", "v2");
            assertThat(committedSequence(devnet)).as("the upgrade is the live definition").contains(2L);
        }

        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            assertThat(committedSequence(devnet)).as("the definition was committed in a block").contains(2L);
            Gateway gateway = CityNodes.gateway(devnet, alice, opened);
            assertThat(get(gateway, "k1")).contains("v1");
            assertThat(get(gateway, "k2")).contains("v2");
            set(gateway, "k3", "v3");
            assertThat(get(gateway, "k3")).as("the installed package runs again after the restart").contains("v3");
        }
    }

    @Test
    void aDefinedChaincodesTransactionsAreValidatedAgainstTheChannelsEndorsementPolicy() throws Exception {
        int chaincodePort = ChaincodeServerProcess.freePort();
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + chaincodePort, Duration.ofSeconds(10));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(work.resolve("devnet")))) {
            nodes.hostPeersOn(devnet);
            ChannelOperations operations = nodes.operations(Duration.ofSeconds(30));
            Block genesis = operations.create(CHANNEL, nodes.members(devnet), nodes.clusterAccess(devnet),
                    new EndorsementRule(EndorsementRule.Kind.ANY, 0), Batching.forTps(20));
            List<PeerNode> peers = List.of(CityNodes.peer(devnet, "Node1MSP"), CityNodes.peer(devnet, "Node2MSP"));
            String packageId = null;
            for (PeerNode peer : peers) {
                operations.joinPeer(peer, CHANNEL, genesis);
                packageId = operations.install(peer, "basecc_1", pkg);
            }
            opened.add(ChaincodeServerProcess.start(work, packageId, chaincodePort));
            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, packageId), peers);

            Gateway gateway = CityNodes.gateway(devnet, nodes.participants.enroll("alice", NodeOu.CLIENT), opened);
            assertThat(setEndorsedBy(gateway, "Node1MSP").isSuccessful())
                    .as("ANY city node endorses, as the genesis block says; a MAJORITY of the three members would not do")
                    .isTrue();
        }
    }

    @Test
    void aCommitWithoutEnoughApprovalsIsRefusedWithTheReadinessAndCommitsNothing() throws Exception {
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + ChaincodeServerProcess.freePort(), Duration.ofSeconds(10));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(work.resolve("devnet")))) {
            nodes.hostPeersOn(devnet);
            ChannelOperations operations = nodes.operations(Duration.ofSeconds(2));
            Block genesis = operations.create(CHANNEL, nodes.members(devnet), nodes.clusterAccess(devnet),
                    EndorsementRule.MAJORITY, Batching.forTps(20));
            PeerNode node1 = CityNodes.peer(devnet, "Node1MSP");
            operations.joinPeer(node1, CHANNEL, genesis);
            operations.joinPeer(CityNodes.peer(devnet, "Node2MSP"), CHANNEL, genesis);
            String packageId = operations.install(node1, "basecc_1", pkg);

            ChaincodeDefinition definition = new ChaincodeDefinition("basecc", "1", 1, packageId);
            Gateway client = CityNodes.gateway(devnet, nodes.node1.enroll("bob", NodeOu.CLIENT), opened);
            assertThatThrownBy(() -> ChaincodeLifecycle.approve(client, "Node1MSP", CHANNEL, definition))
                    .as("only an admin of the organisation approves for it")
                    .isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("The identity is not an admin under this MSP [Node1MSP]");
            assertThatThrownBy(() -> operations.deploy(CHANNEL, definition, List.of(node1)))
                    .as("Node1 alone approved; the channel's LifecycleEndorsement asks for both city nodes")
                    .isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("Could not commit")
                    .hasMessageContaining("LifecycleEndorsement")
                    .hasMessageContaining("Node1MSP: true")
                    .hasMessageContaining("Node2MSP: false");
            assertThat(committedSequence(devnet)).as("QueryChaincodeDefinition: namespace basecc is not defined").isEmpty();
        }
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(work.resolve("devnet")))) {
            Gateway admin = CityNodes.gateway(devnet, nodes.admin("Node2MSP"), opened);
            assertThat(ChaincodeLifecycle.approvals(admin, CHANNEL, new ChaincodeDefinition("basecc", "1", 1, "")))
                    .as("Node1's approval was committed in a block, so a restart keeps it")
                    .isEqualTo(Map.of("Node1MSP", true, "Node2MSP", false, "ParticipantsMSP", false));
        }
    }

    @Test
    void anUpgradeToAnotherPackageRunsThatPackagesChaincodeServer() throws Exception {
        int firstPort = ChaincodeServerProcess.freePort();
        int secondPort = ChaincodeServerProcess.freePort();
        byte[] first = CcaasPackage.build("basecc_1", "127.0.0.1:" + firstPort, Duration.ofSeconds(10));
        byte[] second = CcaasPackage.build("basecc_2", "127.0.0.1:" + secondPort, Duration.ofSeconds(10));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(work.resolve("devnet")))) {
            nodes.hostPeersOn(devnet);
            ChannelOperations operations = nodes.operations(Duration.ofSeconds(30));
            Block genesis = operations.create(CHANNEL, nodes.members(devnet), nodes.clusterAccess(devnet),
                    EndorsementRule.MAJORITY, Batching.forTps(20));
            List<PeerNode> peers = List.of(CityNodes.peer(devnet, "Node1MSP"), CityNodes.peer(devnet, "Node2MSP"));
            String firstId = null;
            String secondId = null;
            for (PeerNode peer : peers) {
                operations.joinPeer(peer, CHANNEL, genesis);
                firstId = operations.install(peer, "basecc_1", first);
                secondId = operations.install(peer, "basecc_2", second);
            }
            ChaincodeServerProcess firstServer = ChaincodeServerProcess.start(Files.createDirectories(work.resolve("cc1")),
                    firstId, firstPort);
            opened.add(firstServer);
            opened.add(ChaincodeServerProcess.start(Files.createDirectories(work.resolve("cc2")), secondId, secondPort));
            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "1", 1, firstId), peers);
            Gateway gateway = CityNodes.gateway(devnet, nodes.participants.enroll("alice", NodeOu.CLIENT), opened);
            set(gateway, "k1", "v1");

            operations.deploy(CHANNEL, new ChaincodeDefinition("basecc", "2", 2, secondId), peers);
            firstServer.close();
            set(gateway, "k2", "v2");
            assertThat(get(gateway, "k2")).as("served by basecc_2's server alone").contains("v2");
            assertThat(get(gateway, "k1")).as("the chaincode's state outlives its package").contains("v1");
        }
    }

    @Test
    void onlyAnAdminOfThePeersOrganisationInstallsAndOnlyAWellFormedCcaasPackage() {
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:7052", Duration.ofSeconds(10));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(work.resolve("devnet")));
             PeerAdmin peer = new PeerAdmin("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "")) {
            nodes.hostPeersOn(devnet);
            assertThatThrownBy(() -> peer.install(nodes.node1.enroll("bob", NodeOu.CLIENT), "basecc_1", pkg))
                    .isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("The identity is not an admin under this MSP [Node1MSP]");
            assertThatThrownBy(() -> peer.install(nodes.admin("Node1MSP"), "junk", "not a package".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(AdminRefusal.class)
                    .hasMessageContaining("failed to invoke backing implementation of 'InstallChaincode': could not parse as a"
                            + " chaincode install package");
            assertThat(peer.install(nodes.admin("Node1MSP"), "basecc_1", pkg))
                    .isEqualTo(CcaasPackage.packageId("basecc_1", pkg));
            byte[] jar = new byte[6 * 1024 * 1024];
            new Random(7).nextBytes(jar);
            byte[] marketplacePackage = CcaasPackage.withChaincode("market_1", "127.0.0.1:7053", jar);
            assertThat(peer.install(nodes.admin("Node1MSP"), "market_1", marketplacePackage))
                    .as("a package carrying its chaincode jar, larger than gRPC's default 4 MiB message, as a peer takes it")
                    .isEqualTo(CcaasPackage.packageId("market_1", marketplacePackage));
        }
    }

    private Optional<Long> committedSequence(Devnet devnet) {
        Gateway admin = CityNodes.gateway(devnet, nodes.admin("Node1MSP"), opened);
        return ChaincodeLifecycle.committedSequence(admin, CHANNEL, "basecc");
    }

    private static Status setEndorsedBy(Gateway gateway, String mspId) throws Exception {
        return gateway.getNetwork(CHANNEL).getContract("basecc").newProposal("set")
                .addArguments("{\"baseKey\":\"" + mspId + "\",\"baseValue\":\"alone\"}")
                .setEndorsingOrganizations(mspId).build().endorse().submitAsync().getStatus();
    }

    private static void set(Gateway gateway, String key, String value) throws Exception {
        gateway.getNetwork(CHANNEL).getContract("basecc")
                .submitTransaction("set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}");
    }

    private static String get(Gateway gateway, String key) throws Exception {
        return new String(gateway.getNetwork(CHANNEL).getContract("basecc").evaluateTransaction("get", key),
                StandardCharsets.UTF_8);
    }
}
