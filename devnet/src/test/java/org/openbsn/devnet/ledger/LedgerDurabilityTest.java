package org.openbsn.devnet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.chaincode.ServedBaseChaincode;
import org.openbsn.devnet.gateway.DevnetGateway;
import org.openbsn.devnet.gateway.Network;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;

/** A ledger abandoned mid-flight (a crash) comes back with everything committed and nothing else. */
class LedgerDurabilityTest {

    private static final OrganisationCa ORG1 = OrganisationCa.create("Org1MSP", "org1.example.com");
    private static ServedBaseChaincode chaincode;

    @BeforeAll
    static void serveChaincode() throws Exception {
        chaincode = ServedBaseChaincode.start();
    }

    @AfterAll
    static void stopChaincode() {
        chaincode.close();
    }

    /** A peer over a block file: its ledger, orderer, gateway service and a client connection. */
    private record Peer(ChannelLedger ledger, Orderer orderer, Server server, ManagedChannel channel, Gateway gateway) {

        static Peer start(Path blocks) throws Exception {
            ChannelLedger ledger = new ChannelLedger("channel-1", Map.of("Org1MSP", ORG1.msp()), BlockStore.open(blocks));
            Orderer orderer = new Orderer(ledger, 10, Duration.ofMillis(50));
            Network network = id -> Optional.of(new Network.Channel(ledger, orderer, Map.of("base", chaincode.connection())));
            Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(new DevnetGateway("127.0.0.1", ORG1.enroll("peer0", NodeOu.PEER), network)).build().start();
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
            Identity user = ORG1.enroll("user1", NodeOu.CLIENT);
            Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", user.certificate()))
                    .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(channel).connect();
            return new Peer(ledger, orderer, server, channel, gateway);
        }

        Contract base() {
            return gateway.getNetwork("channel-1").getContract("base");
        }

        /** Stops serving without closing the block file, as a crash would leave it. */
        void crash() {
            gateway.close();
            channel.shutdownNow();
            server.shutdownNow();
            orderer.close();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void committedBlocksStateAndHistorySurviveACrashAndATornWrite(@TempDir Path data) throws Exception {
        Path blocks = data.resolve("channel-1.blocks");
        Peer first = Peer.start(blocks);
        first.base().submitTransaction("set", "{\"baseKey\":\"k1\",\"baseValue\":\"one\"}");
        first.base().submitTransaction("set", "{\"baseKey\":\"k2\",\"baseValue\":\"two\"}");
        var update = first.base().newProposal("update").addArguments("{\"baseKey\":\"k1\",\"baseValue\":\"uno\"}")
                .build().endorse().submitAsync();
        assertThat(update.getStatus().isSuccessful()).isTrue();
        long height = first.ledger().height();
        long fileSize = Files.size(blocks);
        first.crash();

        // a block half-written when the machine died
        Files.write(blocks, new byte[] {0, 0, 1, 0, 42, 42, 42}, StandardOpenOption.APPEND);

        Peer second = Peer.start(blocks);
        try {
            assertThat(second.ledger().height()).isEqualTo(height);
            assertThat(Files.size(blocks)).as("the torn record is cut off").isEqualTo(fileSize);
            assertThat(second.ledger().knows(update.getTransactionId())).isTrue();
            assertThat(text(second.base().evaluateTransaction("get", "k1"))).contains("uno");
            assertThat(text(second.base().evaluateTransaction("get", "k2"))).contains("two");
            assertThat(text(second.base().evaluateTransaction("getHistory", "k1"))).contains("one").contains("uno");

            var next = second.base().newProposal("set").addArguments("{\"baseKey\":\"k3\",\"baseValue\":\"three\"}")
                    .build().endorse().submitAsync();
            assertThat(next.getStatus().isSuccessful()).isTrue();
            assertThat(next.getStatus().getBlockNumber()).as("heights continue").isEqualTo(height);
            assertThat(second.ledger().block(height).getHeader().getPreviousHash().toByteArray())
                    .isEqualTo(BlockHashing.headerHash(second.ledger().block(height - 1).getHeader()));
        } finally {
            second.crash();
        }
    }
}
