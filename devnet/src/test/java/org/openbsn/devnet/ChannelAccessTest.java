package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.NoSuchElementException;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.TransactionIds;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;

/** The channel's Writers admit clients and admins of its organisations; its Readers also admit their peers. */
class ChannelAccessTest {

    @TempDir
    static Path data;
    private static Devnet devnet;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data));
        devnet.openChannel("app-1", List.of("Org1MSP"));
        devnet.deployBaseChaincode("app-1", "base");
        channel = Clients.tls(devnet);
        try (Gateway client = Clients.connect(devnet, channel, "Org1MSP", "writer", NodeOu.CLIENT)) {
            client.getNetwork("app-1").getContract("base").submitTransaction("set", "{\"baseKey\":\"a\",\"baseValue\":\"1\"}");
        }
    }

    @AfterAll
    static void stop() {
        channel.shutdownNow();
        devnet.close();
    }

    @Test
    void aPeerOfAMemberOrganisationCannotSubmitOrEvaluate() {
        try (Gateway peer = Clients.connect(devnet, channel, "Org1MSP", "peer7", NodeOu.PEER)) {
            var base = peer.getNetwork("app-1").getContract("base");
            assertThatThrownBy(() -> base.submitTransaction("set", "{\"baseKey\":\"p\",\"baseValue\":\"1\"}"))
                    .isInstanceOf(EndorseException.class)
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.ABORTED))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage()).contains("Failed evaluating policy on signed"
                                    + " data during check policy on channel [app-1] with policy [/Channel/Application/Writers]")));
            assertThatThrownBy(() -> base.evaluateTransaction("get", "a"))
                    .isInstanceOf(GatewayException.class)
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE))
                    .satisfies(e -> assertThat(((GatewayException) e).getDetails()).singleElement()
                            .satisfies(detail -> assertThat(detail.getMessage())
                                    .contains("/Channel/Application/Writers", "sub-policies to be satisfied")));
        }
    }

    @Test
    void anEnvelopeCreatedByAPeerIsNotAcceptedForOrdering() {
        Identity peer = devnet.organisation("Org1MSP").enroll("peer8", NodeOu.PEER);
        ByteString creator = SerializedIdentity.newBuilder().setMspid("Org1MSP")
                .setIdBytes(ByteString.copyFromUtf8(peer.certificatePem())).build().toByteString();
        byte[] nonce = new byte[24];
        new SecureRandom().nextBytes(nonce);
        String txId = TransactionIds.of(ByteString.copyFrom(nonce), creator);
        ByteString payload = Payload.newBuilder().setHeader(Header.newBuilder()
                .setChannelHeader(ChannelHeader.newBuilder().setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                        .setChannelId("app-1").setTxId(txId).build().toByteString())
                .setSignatureHeader(SignatureHeader.newBuilder().setCreator(creator).setNonce(ByteString.copyFrom(nonce))
                        .build().toByteString())).build().toByteString();
        Envelope envelope = Envelope.newBuilder().setPayload(payload)
                .setSignature(ByteString.copyFrom(peer.sign(payload.toByteArray()))).build();

        assertThatThrownBy(() -> GatewayGrpc.newBlockingStub(channel).submit(SubmitRequest.newBuilder()
                .setChannelId("app-1").setTransactionId(txId).setPreparedTransaction(envelope).build()))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("received unsuccessful response from orderer: FORBIDDEN")
                .satisfies(e -> assertThat(((StatusRuntimeException) e).getStatus().getCode())
                        .isEqualTo(Status.Code.ABORTED));
    }

    @Test
    void anOrdererIdentityCannotReadBlocksOrEvents() {
        try (Gateway orderer = Clients.connect(devnet, channel, "Org1MSP", "orderer0", NodeOu.ORDERER)) {
            var network = orderer.getNetwork("app-1");
            try (var blocks = network.newBlockEventsRequest().startBlock(0).build().getEvents()) {
                assertThatThrownBy(() -> Clients.next(blocks)).rootCause()
                        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("FORBIDDEN");
            }
            try (var events = network.newChaincodeEventsRequest("base").startBlock(0).build().getEvents()) {
                assertThatThrownBy(() -> Clients.next(events)).cause()
                        .isInstanceOf(GatewayRuntimeException.class)
                        .hasMessageContaining("does not satisfy the channel's Readers policy")
                        .satisfies(e -> assertThat(((GatewayRuntimeException) e).getStatus().getCode())
                                .isEqualTo(Status.Code.PERMISSION_DENIED));
            }
        }
    }

    @Test
    void clientsAndPeersCanReadBlocks() throws Exception {
        for (NodeOu role : List.of(NodeOu.CLIENT, NodeOu.PEER)) {
            try (Gateway reader = Clients.connect(devnet, channel, "Org1MSP", "reader-" + role.ou(), role);
                 var blocks = reader.getNetwork("app-1").newBlockEventsRequest().startBlock(0).build().getEvents()) {
                assertThat(Clients.next(blocks).getHeader().getNumber()).as(role + " reads block 0").isZero();
            }
        }
    }
}
