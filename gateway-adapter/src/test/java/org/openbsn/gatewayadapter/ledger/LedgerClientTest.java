package org.openbsn.gatewayadapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.ledger.LedgerConnection;

/** The ledger client against a real devnet over TLS, with the base chaincode. */
class LedgerClientTest {

    @TempDir
    static Path data;

    private static DevnetLedger ledger;
    private static Devnet devnet;
    private static LedgerClient client;
    private static LedgerIdentity member;

    @BeforeAll
    static void start() {
        ledger = DevnetLedger.start(data, "app-1", "app-user");
        devnet = ledger.devnet();
        client = ledger.client();
        member = ledger.member();
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static LedgerIdentity identity(Identity identity) {
        return DevnetLedger.identity(identity);
    }

    private static LedgerConnection.Peer peer(int port) {
        return DevnetLedger.peer(devnet, port);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void submitsAndEvaluates() {
        assertThat(text(client.submit(member, "app-1", "base", "set", "{\"baseKey\":\"x\",\"baseValue\":\"1\"}")))
                .isEqualTo("SUCCESS");
        assertThat(text(client.evaluate(member, "app-1", "base", "get", "x"))).contains("\"baseValue\":\"1\"");
    }

    @Test
    void aSubmittedTransactionIsNamedByItsIdAndBlock() {
        LedgerResult committed = client.transact(member, "app-1", "base", "set",
                List.of("{\"baseKey\":\"named\",\"baseValue\":\"1\"}"), Map.of("note", "private"));
        assertThat(committed.transactionId()).matches("[0-9a-f]{64}");
        assertThat(committed.blockNumber()).isNotNegative();
        assertThat(text(committed.payload())).isEqualTo("SUCCESS");

        LedgerResult read = client.query(member, "app-1", "base", "get", List.of("named"), Map.of());
        assertThat(read.transactionId()).matches("[0-9a-f]{64}").isNotEqualTo(committed.transactionId());
        assertThat(read.blockNumber()).isEqualTo(LedgerResult.NOT_IN_A_BLOCK);
        assertThat(text(read.payload())).contains("\"baseValue\":\"1\"");
    }

    @Test
    void theChaincodesOwnWordsReachTheCaller() {
        assertThatThrownBy(() -> client.evaluate(member, "app-1", "base", "get", "nothing"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.CHAINCODE_REFUSED);
                    assertThat(e.detail()).isEqualTo("The key 'nothing' does not exist");
                });
        client.submit(member, "app-1", "base", "set", "{\"baseKey\":\"taken\",\"baseValue\":\"1\"}");
        assertThatThrownBy(() -> client.submit(member, "app-1", "base", "set", "{\"baseKey\":\"taken\",\"baseValue\":\"2\"}"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.CHAINCODE_REFUSED);
                    assertThat(e.detail()).contains("already exists");
                });
    }

    @Test
    void concurrentUpdatesOfOneKeyReportAConflictForTheLoser() throws Exception {
        client.submit(member, "app-1", "base", "set", "{\"baseKey\":\"hot\",\"baseValue\":\"0\"}");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String value : List.of("a", "b")) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    client.submit(member, "app-1", "base", "update", "{\"baseKey\":\"hot\",\"baseValue\":\"" + value + "\"}");
                    return "committed";
                } catch (LedgerException e) {
                    return e.reason().name() + (e.transactionId().matches("[0-9a-f]{64}") ? "" : " without a transaction id");
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(results).containsExactlyInAnyOrder("committed", "CONFLICT");
    }

    @Test
    void anIdentityFromOutsideTheChannelIsDeniedAndNoOtherPeerIsAsked() throws Exception {
        LedgerIdentity stranger = identity(OrganisationCa.create("Org7MSP", "org7.example.com").enroll("u", NodeOu.CLIENT));
        try (ServerSocketChannel secondPeer = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
             LedgerClient twoPeers = new LedgerClient(List.of(peer(devnet.port()),
                     peer(((InetSocketAddress) secondPeer.getLocalAddress()).getPort())), Duration.ofSeconds(2))) {
            secondPeer.configureBlocking(false);
            assertThatThrownBy(() -> twoPeers.evaluate(stranger, "app-1", "base", "get", "x"))
                    .isInstanceOfSatisfying(LedgerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED);
                        assertThat(e.detail()).contains("creator org unknown");
                    });
            assertThatThrownBy(() -> twoPeers.submit(stranger, "app-1", "base", "set", "{\"baseKey\":\"s\",\"baseValue\":\"1\"}"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED));
            // a connection the client opened would wait in the listener's backlog by the time the call failed
            assertThat(secondPeer.accept()).as("a connection to the second peer").isNull();
        }
    }

    @Test
    void aMemberWhomTheWritersPolicyDoesNotAdmitIsDenied() {
        LedgerIdentity peerIdentity = identity(devnet.organisation("Org1MSP").enroll("peer3", NodeOu.PEER));
        assertThatThrownBy(() -> client.submit(peerIdentity, "app-1", "base", "set", "{\"baseKey\":\"w\",\"baseValue\":\"1\"}"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.DENIED);
                    assertThat(e.detail()).contains("/Channel/Application/Writers");
                });
    }

    @Test
    void anUnreachablePeerIsReportedUnavailableWithinTheDeadline() {
        try (LedgerClient nowhere = new LedgerClient(List.of(peer(1)), Duration.ofSeconds(2))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> nowhere.evaluate(member, "app-1", "base", "get", "x"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aCallMovesOnToTheNextPeerWhenTheFirstCannotBeReached() {
        try (LedgerClient failingOver = new LedgerClient(List.of(peer(1), peer(devnet.port())), Duration.ofSeconds(2))) {
            assertThat(text(failingOver.submit(member, "app-1", "base", "set", "{\"baseKey\":\"second-peer\",\"baseValue\":\"ok\"}")))
                    .isEqualTo("SUCCESS");
            assertThat(text(failingOver.evaluate(member, "app-1", "base", "get", "second-peer"))).contains("\"baseValue\":\"ok\"");
        }
    }

    @Test
    void aPeerWhoseCertificateNamesAnotherHostIsRefused() {
        LedgerConnection.Peer impostor = new LedgerConnection.Peer("127.0.0.1", devnet.port(),
                Pem.of(devnet.tlsCaCertificate()), "peer0.elsewhere.example.com");
        try (LedgerClient misled = new LedgerClient(List.of(impostor), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> misled.evaluate(member, "app-1", "base", "get", "x"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.UNAVAILABLE));
        }
    }
}
