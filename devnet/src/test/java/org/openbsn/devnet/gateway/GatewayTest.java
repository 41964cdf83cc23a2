package org.openbsn.devnet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.devnet.chaincode.ServedBaseChaincode;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.Orderer;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;

/** The unmodified fabric-gateway client against devnet over loopback gRPC, with the base chaincode. */
class GatewayTest {

    private static final OrganisationCa ORG1 = OrganisationCa.create("Org1MSP", "org1.example.com");
    private static final ChannelLedger LEDGER = new ChannelLedger("channel-1", Map.of("Org1MSP", ORG1.msp()));
    private static final Orderer ORDERER = new Orderer(LEDGER, 10, Duration.ofMillis(100));
    private static ServedBaseChaincode chaincode;
    private static Server server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        chaincode = ServedBaseChaincode.start();
        Network network = id -> "channel-1".equals(id)
                ? Optional.of(new Network.Channel(LEDGER, ORDERER, Map.of("base", chaincode.connection())))
                : Optional.empty();
        DevnetGateway gateway = new DevnetGateway("127.0.0.1", ORG1.enroll("peer0", NodeOu.PEER), network);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(gateway)
                .addService(new DevnetDeliver(network)).build().start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        ORDERER.close();
        chaincode.close();
    }

    private static Gateway connect(Identity identity, Signer signer) {
        return Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(signer)
                .connection(channel)
                .connect();
    }

    private static Gateway connect(String name) throws Exception {
        Identity user = ORG1.enroll(name, NodeOu.CLIENT);
        return connect(user, Signers.newPrivateKeySigner(user.privateKey()));
    }

    private static Contract base(Gateway gateway) {
        return gateway.getNetwork("channel-1").getContract("base");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void submittedChangesAreCommittedAndThenEvaluated() throws Exception {
        try (Gateway gateway = connect("writer")) {
            byte[] result = base(gateway).submitTransaction("set", "{\"baseKey\":\"s1\",\"baseValue\":\"成都\"}");
            assertThat(text(result)).isEqualTo("SUCCESS");
            assertThat(text(base(gateway).evaluateTransaction("get", "s1")))
                    .isEqualTo("{\"baseKey\":\"s1\",\"baseValue\":\"成都\"}");
            base(gateway).submitTransaction("update", "{\"baseKey\":\"s1\",\"baseValue\":\"重庆\"}");
            assertThat(text(base(gateway).evaluateTransaction("getHistory", "s1"))).contains("成都").contains("重庆");
        }
    }

    @Test
    void twoConcurrentUpdatesOfOneKeyCommitOnlyOnce() throws Exception {
        try (Gateway gateway = connect("racer")) {
            base(gateway).submitTransaction("set", "{\"baseKey\":\"race\",\"baseValue\":\"0\"}");
            Transaction first = base(gateway).newProposal("update")
                    .addArguments("{\"baseKey\":\"race\",\"baseValue\":\"a\"}").build().endorse();
            Transaction second = base(gateway).newProposal("update")
                    .addArguments("{\"baseKey\":\"race\",\"baseValue\":\"b\"}").build().endorse();
            var firstCommit = first.submitAsync();
            var secondCommit = second.submitAsync();
            List<TxValidationCode> codes = List.of(firstCommit.getStatus().getCode(), secondCommit.getStatus().getCode());
            assertThat(codes).containsExactlyInAnyOrder(TxValidationCode.VALID, TxValidationCode.MVCC_READ_CONFLICT);
            assertThat(firstCommit.getStatus().isSuccessful()).isNotEqualTo(secondCommit.getStatus().isSuccessful());
        }
    }

    @Test
    void aReplayedTransactionIsRecordedAsADuplicate() throws Exception {
        try (Gateway gateway = connect("replayer")) {
            Transaction transaction = base(gateway).newProposal("set")
                    .addArguments("{\"baseKey\":\"once\",\"baseValue\":\"x\"}").build().endorse();
            var original = transaction.submitAsync();
            assertThat(original.getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
            long heightBefore = LEDGER.height();
            Transaction replay = gateway.newTransaction(transaction.getBytes());
            var replayed = replay.submitAsync();
            assertThat(replayed.getStatus().getCode()).as("the first occurrence's status").isEqualTo(TxValidationCode.VALID);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (LEDGER.height() == heightBefore && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the replay's own block follows within the batch timeout
            }
            Block block = LEDGER.block(heightBefore);
            assertThat(block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).byteAt(0))
                    .isEqualTo((byte) TxValidationCode.DUPLICATE_TXID_VALUE);
        }
    }

    @Test
    void chaincodeEventsAreReplayedFromABlockThenStreamedLive() throws Exception {
        try (Gateway gateway = connect("listener")) {
            long start = LEDGER.height();
            var set = base(gateway).newProposal("set").addArguments("{\"baseKey\":\"e1\",\"baseValue\":\"v\"}")
                    .build().endorse().submitAsync();
            assertThat(set.getStatus().isSuccessful()).isTrue();
            base(gateway).submitTransaction("update", "{\"baseKey\":\"e1\",\"baseValue\":\"w\"}");
            base(gateway).submitTransaction("delete", "e1");

            org.hyperledger.fabric.client.ChaincodeEvent first;
            try (var events = gateway.getNetwork("channel-1").newChaincodeEventsRequest("base").startBlock(start)
                    .build().getEvents()) {
                first = next(events);
                assertThat(first.getEventName()).isEqualTo("event_set");
                assertThat(first.getTransactionId()).isEqualTo(set.getTransactionId());
                assertThat(first.getBlockNumber()).isGreaterThanOrEqualTo(start);
                assertThat(next(events).getEventName()).isEqualTo("event_update");
                var deleted = next(events);
                assertThat(deleted.getEventName()).isEqualTo("event_delete");
                assertThat(text(deleted.getPayload())).isEqualTo("e1");

                base(gateway).submitTransaction("set", "{\"baseKey\":\"e2\",\"baseValue\":\"live\"}");
                var live = next(events);
                assertThat(live.getEventName()).isEqualTo("event_set");
                assertThat(text(live.getPayload())).contains("e2");
            }

            var checkpoint = new org.hyperledger.fabric.client.InMemoryCheckpointer();
            checkpoint.checkpointChaincodeEvent(first);
            try (var resumed = gateway.getNetwork("channel-1").newChaincodeEventsRequest("base").checkpoint(checkpoint)
                    .build().getEvents()) {
                assertThat(next(resumed).getEventName()).as("resumes after the checkpointed event").isEqualTo("event_update");
            }
        }
    }

    private static <T> T next(java.util.Iterator<T> events) throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(events::next).get(20, TimeUnit.SECONDS);
    }

    @Test
    void blockEventsArriveInOrderFromAChosenBlockThenLive() throws Exception {
        try (Gateway gateway = connect("watcher")) {
            base(gateway).submitTransaction("set", "{\"baseKey\":\"b1\",\"baseValue\":\"1\"}");
            long last = LEDGER.height() - 1;
            try (var blocks = gateway.getNetwork("channel-1").newBlockEventsRequest().startBlock(0).build().getEvents()) {
                for (long n = 0; n <= last; n++) {
                    assertThat(next(blocks).getHeader().getNumber()).isEqualTo(n);
                }
                base(gateway).submitTransaction("set", "{\"baseKey\":\"b2\",\"baseValue\":\"2\"}");
                assertThat(next(blocks).getHeader().getNumber()).isEqualTo(last + 1);
            }
        }
    }

    @Test
    void blocksAreHashChained() throws Exception {
        try (Gateway gateway = connect("chainer")) {
            base(gateway).submitTransaction("set", "{\"baseKey\":\"c1\",\"baseValue\":\"1\"}");
            base(gateway).submitTransaction("set", "{\"baseKey\":\"c2\",\"baseValue\":\"2\"}");
        }
        for (long n = 1; n < LEDGER.height(); n++) {
            Block block = LEDGER.block(n);
            assertThat(block.getHeader().getNumber()).isEqualTo(n);
            assertThat(block.getHeader().getPreviousHash().toByteArray())
                    .isEqualTo(BlockHashing.headerHash(LEDGER.block(n - 1).getHeader()));
            assertThat(block.getHeader().getDataHash().toByteArray()).isEqualTo(BlockHashing.dataHash(block.getData()));
        }
    }

    @Test
    void aChaincodeRefusalFailsEndorsement() throws Exception {
        try (Gateway gateway = connect("refused")) {
            base(gateway).submitTransaction("set", "{\"baseKey\":\"dup\",\"baseValue\":\"1\"}");
            assertThatThrownBy(() -> base(gateway).submitTransaction("set", "{\"baseKey\":\"dup\",\"baseValue\":\"2\"}"))
                    .isInstanceOf(EndorseException.class)
                    .hasMessageContaining("failed to endorse transaction, see attached details for more info")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.ABORTED))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage())
                                    .startsWith("chaincode response 500, The key 'dup' already exists")));
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "missing"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("evaluate call to endorser returned error: chaincode response 500")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNKNOWN))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMspId()).isEqualTo("Org1MSP")));
        }
    }

    @Test
    void aHighSSignatureIsRefused() throws Exception {
        Identity user = ORG1.enroll("highs", NodeOu.CLIENT);
        Signer honest = Signers.newPrivateKeySigner(user.privateKey());
        try (Gateway gateway = connect(user, digest -> Ecdsa.toHighS(honest.sign(digest)))) {
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "s1"))
                    .isInstanceOf(GatewayException.class)
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage()).endsWith("error validating proposal:"
                                    + " access denied: channel [channel-1] creator org [Org1MSP]")));
        }
    }

    @Test
    void anIdentityFromAnotherOrganisationIsRefused() throws Exception {
        Identity stranger = OrganisationCa.create("Org9MSP", "org9.example.com").enroll("user1", NodeOu.CLIENT);
        try (Gateway gateway = connect(stranger, Signers.newPrivateKeySigner(stranger.privateKey()))) {
            assertThatThrownBy(() -> base(gateway).submitTransaction("set", "{\"baseKey\":\"x\",\"baseValue\":\"y\"}"))
                    .isInstanceOf(EndorseException.class)
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.ABORTED))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage()).isEqualTo("rpc error: code = Unknown desc ="
                                    + " error validating proposal: access denied: channel [channel-1] creator org unknown,"
                                    + " creator is malformed")));
            // evaluating is refused by the peer as Fabric's gateway reports it: UNAVAILABLE, the peer's words in the details
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "x"))
                    .hasMessageContaining("failed to evaluate transaction, see attached details for more info")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage()).contains("creator org unknown")));
        }
    }

    @Test
    void aChaincodeNotOnTheChannelIsNotFound() throws Exception {
        try (Gateway gateway = connect("lost")) {
            assertThatThrownBy(() -> gateway.getNetwork("channel-1").getContract("other").evaluateTransaction("get", "k"))
                    .isInstanceOf(GatewayException.class)
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        }
    }

    @Test
    void anUnsignedTransactionIsRefused() {
        var stub = GatewayGrpc.newBlockingStub(channel);
        assertThatThrownBy(() -> stub.submit(SubmitRequest.newBuilder().setChannelId("channel-1")
                .setTransactionId("t").setPreparedTransaction(Envelope.getDefaultInstance()).build()))
                .isInstanceOf(StatusRuntimeException.class)
                .satisfies(e -> assertThat(((StatusRuntimeException) e).getStatus().getCode())
                        .isEqualTo(Status.Code.INVALID_ARGUMENT));
    }
}
