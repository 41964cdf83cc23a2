package org.openbsn.gatewayadapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.testing.Peer;
import org.openbsn.fabric.testing.RealFabricApplication;
import org.openbsn.infra.ledger.LedgerConnection;

/**
 * The ledger client against real Fabric 2.5 (three etcdraft orderers, two city-node peers, the base chaincode as a
 * service): the chaincode's own words reach the caller, and an identity the channel refuses is DENIED at once,
 * without asking another peer, exactly as on devnet.
 */
@Tag("real-fabric")
class LedgerClientOnRealFabricTest {

    private static final String CHANNEL = RealFabricApplication.CHANNEL;
    private static final String CHAINCODE = RealFabricApplication.CHAINCODE;

    @TempDir
    static Path work;
    private static RealFabricApplication application;
    private static LedgerClient client;
    private static LedgerIdentity alice;

    @BeforeAll
    static void start() {
        application = RealFabricApplication.start(work);
        client = new LedgerClient(List.of(peer(application.peer("Node1MSP")), peer(application.peer("Node2MSP"))),
                Duration.ofSeconds(20));
        alice = identity(application.participants().enroll("alice", NodeOu.CLIENT));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        application.close();
    }

    @Test
    void aParticipantWritesAndReadsAndARefusedWriteCarriesTheChaincodesOwnWords() {
        client.submit(alice, CHANNEL, CHAINCODE, "set", "{\"baseKey\":\"r1\",\"baseValue\":\"one\"}");
        assertThat(new String(client.evaluate(alice, CHANNEL, CHAINCODE, "get", "r1"), StandardCharsets.UTF_8))
                .contains("one");
        assertThatThrownBy(() -> client.submit(alice, CHANNEL, CHAINCODE, "set", "{\"baseKey\":\"r1\",\"baseValue\":\"two\"}"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.CHAINCODE_REFUSED);
                    assertThat(e.detail()).contains("The key 'r1' already exists");
                });
    }

    @Test
    void anIdentityFromOutsideTheChannelIsDeniedAndNoOtherPeerIsAsked() throws Exception {
        LedgerIdentity stranger = identity(OrganisationCa.create("Org7MSP", "org7.example.com").enroll("u", NodeOu.CLIENT));
        Peer first = application.peer("Node1MSP");
        try (ServerSocketChannel secondPeer = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
             LedgerClient twoPeers = new LedgerClient(List.of(peer(first), new LedgerConnection.Peer("127.0.0.1",
                     ((InetSocketAddress) secondPeer.getLocalAddress()).getPort(), first.tlsCaPem())), Duration.ofSeconds(5))) {
            secondPeer.configureBlocking(false);
            assertThatThrownBy(() -> twoPeers.evaluate(stranger, CHANNEL, CHAINCODE, "get", "r1"))
                    .isInstanceOfSatisfying(LedgerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED);
                        assertThat(e.detail()).contains("creator org unknown");
                    });
            assertThatThrownBy(() -> twoPeers.submit(stranger, CHANNEL, CHAINCODE, "set", "{\"baseKey\":\"s\",\"baseValue\":\"1\"}"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED));
            assertThat(secondPeer.accept()).as("a connection to the second peer").isNull();
        }
    }

    @Test
    void aMemberWhomTheWritersPolicyDoesNotAdmitIsDenied() {
        LedgerIdentity peerRole = identity(application.fabric().peerOrganisation("Node1MSP").ca().enroll("peer9", NodeOu.PEER));
        assertThatThrownBy(() -> client.submit(peerRole, CHANNEL, CHAINCODE, "set", "{\"baseKey\":\"w\",\"baseValue\":\"1\"}"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED);
                    assertThat(e.detail()).containsIgnoringCase("/Channel/Application/Writers");
                });
    }

    private static LedgerConnection.Peer peer(Peer peer) {
        return new LedgerConnection.Peer(peer.host(), peer.port(), peer.tlsCaPem());
    }

    private static LedgerIdentity identity(Identity identity) {
        return new LedgerIdentity(identity.mspId(), identity.certificate(), identity.privateKey());
    }
}
