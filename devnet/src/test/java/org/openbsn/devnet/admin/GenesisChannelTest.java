package org.openbsn.devnet.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;

/**
 * A channel OpenBSN built in Java is joined on devnet as on real Fabric: the orderer through channel participation,
 * each city node's peer through cscc JoinChain signed by its admin; the genesis block is the channel's block 0, and
 * the organisations' own CAs (not devnet's) certify who may transact, across a restart too.
 */
class GenesisChannelTest {

    private static final String CHANNEL = "app-genesis";

    private final Consortium consortium = new Consortium();

    @Test
    void aChannelJoinedFromItsGenesisBlockServesClientsCertifiedByTheOrganisationsOwnCas(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            consortium.hostPeersOn(devnet);
            ChannelParticipation participation = Consortium.participation(devnet);
            participation.join(genesis);
            participation.join(genesis); // a repeated join changes nothing, as on Fabric
            assertThat(participation.channels()).containsExactly(CHANNEL);
            ChannelParticipation.ChannelInfo info = participation.channel(CHANNEL).orElseThrow();
            assertThat(info.status()).isEqualTo("active");
            assertThat(info.height()).isEqualTo(1);

            try (PeerAdmin peers = Consortium.peerAdmin(devnet)) {
                assertThat(peers.channels(consortium.node1Admin)).isEmpty();
                peers.join(consortium.node1Admin, CHANNEL, genesis);
                peers.join(consortium.node2Admin, CHANNEL, genesis);
                peers.join(consortium.node2Admin, CHANNEL, genesis);
                assertThat(peers.channels(consortium.node1Admin)).containsExactly(CHANNEL);
                assertThat(peers.channels(consortium.node2Admin)).containsExactly(CHANNEL);

                Block config = peers.configBlock(consortium.node2Admin, CHANNEL);
                assertThat(config.getHeader()).as("block 0 is OpenBSN's genesis block").isEqualTo(genesis.getHeader());
                assertThat(config.getData()).isEqualTo(genesis.getData());
            }

            devnet.deployBaseChaincode(CHANNEL, "base");
            Identity alice = consortium.node1.enroll("alice", NodeOu.CLIENT);
            ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
            try (Gateway gateway = connect(connection, alice)) {
                Contract base = gateway.getNetwork(CHANNEL).getContract("base");
                var committed = base.newProposal("set").addArguments("{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}")
                        .build().endorse().submitAsync();
                assertThat(committed.getStatus().isSuccessful()).as("endorsed by both city nodes' peers, valid").isTrue();
                assertThat(committed.getStatus().getBlockNumber()).as("the block after the genesis block").isEqualTo(1);
                assertThat(text(base.evaluateTransaction("get", "k1"))).contains("v1");
            } finally {
                connection.shutdownNow();
            }
            assertThat(devnet.channel(CHANNEL).orElseThrow().block(1).getHeader().getPreviousHash().toByteArray())
                    .as("block 1 chains onto the genesis block").isEqualTo(BlockHashing.headerHash(genesis.getHeader()));
        }
    }

    @Test
    void aChannelOpenedFromAGenesisBlockIsThereAgainAfterARestart(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            joinEverywhere(devnet, genesis);
            devnet.deployBaseChaincode(CHANNEL, "base");
            submit(devnet, "k1", "before");
        }

        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            assertThat(Consortium.participation(devnet).channels()).containsExactly(CHANNEL);
            try (PeerAdmin peers = Consortium.peerAdmin(devnet)) {
                assertThat(peers.channels(consortium.node1Admin)).containsExactly(CHANNEL);
                assertThat(peers.configBlock(consortium.node1Admin, CHANNEL).getHeader()).isEqualTo(genesis.getHeader());
            }
            assertThat(devnet.channel(CHANNEL).orElseThrow().members()).containsOnlyKeys("Node1MSP", "Node2MSP",
                    "ParticipantsMSP");
            submit(devnet, "k2", "after");
            Identity reader = consortium.participants.enroll("reader", NodeOu.CLIENT);
            ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
            try (Gateway gateway = connect(connection, reader)) {
                Contract base = gateway.getNetwork(CHANNEL).getContract("base");
                assertThat(text(base.evaluateTransaction("get", "k1"))).contains("before");
                assertThat(text(base.evaluateTransaction("get", "k2"))).contains("after");
            } finally {
                connection.shutdownNow();
            }
        }
    }

    @Test
    void aPeerThatJoinsBeforeTheOrdererOpensTheChannelAndOnlyJoinedPeersEndorse(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data));
             PeerAdmin peers = Consortium.peerAdmin(devnet)) {
            consortium.hostPeersOn(devnet);
            peers.join(consortium.node1Admin, CHANNEL, genesis);
            ChannelParticipation participation = Consortium.participation(devnet);
            participation.join(genesis);
            assertThat(participation.channels()).containsExactly(CHANNEL);
            assertThat(peers.channels(consortium.node1Admin)).containsExactly(CHANNEL);
            assertThat(peers.channels(consortium.node2Admin)).as("Node2's peer has not joined yet").isEmpty();
            assertThat(devnet.channel(CHANNEL).orElseThrow().block(0).getData()).isEqualTo(genesis.getData());

            devnet.deployBaseChaincode(CHANNEL, "base");
            ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
            try (Gateway gateway = connect(connection, consortium.node1.enroll("alice", NodeOu.CLIENT))) {
                Contract base = gateway.getNetwork(CHANNEL).getContract("base");
                var alone = base.newProposal("set").addArguments("{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}")
                        .build().endorse().submitAsync();
                assertThat(alone.getStatus().getCode()).as("a MAJORITY needs Node2's peer, which has no ledger yet")
                        .isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
                peers.join(consortium.node2Admin, CHANNEL, genesis);
                var both = base.newProposal("set").addArguments("{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}")
                        .build().endorse().submitAsync();
                assertThat(both.getStatus().isSuccessful()).isTrue();
            } finally {
                connection.shutdownNow();
            }
        }
    }

    @Test
    void blocksAreCutAsTheChannelsOrdererGroupSays(@TempDir Path data) throws Exception {
        Block genesis = consortium.genesis(CHANNEL, new Batching(1, Duration.ofSeconds(30)));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            joinEverywhere(devnet, genesis);
            devnet.deployBaseChaincode(CHANNEL, "base");
            ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
            try (Gateway gateway = connect(connection, consortium.node1.enroll("alice", NodeOu.CLIENT))) {
                Contract base = gateway.getNetwork(CHANNEL).getContract("base");
                List<Transaction> endorsed = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    endorsed.add(base.newProposal("set").addArguments("{\"baseKey\":\"k" + i + "\",\"baseValue\":\"v\"}")
                            .build().endorse());
                }
                List<SubmittedTransaction> submitted = new ArrayList<>();
                for (Transaction transaction : endorsed) {
                    submitted.add(transaction.submitAsync()); // all four reach the orderer at once
                }
                Set<Long> blocks = new HashSet<>();
                for (SubmittedTransaction transaction : submitted) {
                    blocks.add(transaction.getStatus().getBlockNumber());
                }
                assertThat(blocks).as("BatchSize 1: a block per transaction, not devnet's default of 10")
                        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
            } finally {
                connection.shutdownNow();
            }
        }
    }

    /** The orderer joins the channel, then both city nodes' peers, as OpenBSN publishes it. */
    private void joinEverywhere(Devnet devnet, Block genesis) {
        consortium.hostPeersOn(devnet);
        Consortium.participation(devnet).join(genesis);
        try (PeerAdmin peers = Consortium.peerAdmin(devnet)) {
            peers.join(consortium.node1Admin, CHANNEL, genesis);
            peers.join(consortium.node2Admin, CHANNEL, genesis);
        }
    }

    private void submit(Devnet devnet, String key, String value) {
        Identity alice = consortium.participants.enroll("alice", NodeOu.CLIENT);
        ManagedChannel connection = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
        try (Gateway gateway = connect(connection, alice)) {
            var committed = gateway.getNetwork(CHANNEL).getContract("base").newProposal("set")
                    .addArguments("{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}")
                    .build().endorse().submitAsync();
            assertThat(committed.getStatus().isSuccessful()).isTrue();
        } catch (Exception e) {
            throw new AssertionError("submitting " + key + " failed: " + e, e);
        } finally {
            connection.shutdownNow();
        }
    }

    private static Gateway connect(ManagedChannel connection, Identity identity) {
        return Gateway.newInstance().identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey())).connection(connection).connect();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
