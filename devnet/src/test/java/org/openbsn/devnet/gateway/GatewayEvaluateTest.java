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
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.devnet.chaincode.CommittingLedger;
import org.openbsn.devnet.chaincode.ServedBaseChaincode;
import org.openbsn.devnet.msp.Ecdsa;
import org.openbsn.devnet.msp.Identity;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.devnet.msp.OrganisationCa;

/** The unmodified fabric-gateway client evaluating the base chaincode through devnet over loopback gRPC. */
class GatewayEvaluateTest {

    private static final OrganisationCa ORG1 = OrganisationCa.create("Org1MSP", "org1.example.com");
    private static final CommittingLedger LEDGER = new CommittingLedger();
    private static ServedBaseChaincode chaincode;
    private static Server server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        chaincode = ServedBaseChaincode.start();
        DevnetGateway gateway = new DevnetGateway("127.0.0.1", "Org1MSP", Map.of("Org1MSP", ORG1.msp()),
                (channelId, name) -> "channel-1".equals(channelId) && "base".equals(name)
                        ? Optional.of(new DevnetGateway.Deployment(chaincode.connection(), LEDGER))
                        : Optional.empty());
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(gateway).build().start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        String txId = "seed-1";
        LEDGER.commit(txId, chaincode.connection().invoke("channel-1", txId,
                List.of(bytes("set"), bytes("{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}")), LEDGER, Duration.ofSeconds(20)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        chaincode.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Gateway connect(Identity identity, Signer signer) throws Exception {
        return Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(signer)
                .connection(channel)
                .connect();
    }

    private static Contract base(Gateway gateway) {
        return gateway.getNetwork("channel-1").getContract("base");
    }

    @Test
    void evaluatesAgainstCommittedState() throws Exception {
        Identity user = ORG1.enroll("user1", NodeOu.CLIENT);
        try (Gateway gateway = connect(user, Signers.newPrivateKeySigner(user.privateKey()))) {
            byte[] value = base(gateway).evaluateTransaction("get", "k1");
            assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("{\"baseKey\":\"k1\",\"baseValue\":\"v1\"}");
        }
    }

    @Test
    void aChaincodeRefusalArrivesAsAGatewayError() throws Exception {
        Identity user = ORG1.enroll("user2", NodeOu.CLIENT);
        try (Gateway gateway = connect(user, Signers.newPrivateKeySigner(user.privateKey()))) {
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "missing"))
                    .isInstanceOf(GatewayException.class)
                    .satisfies(e -> {
                        GatewayException failure = (GatewayException) e;
                        assertThat(failure.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNKNOWN);
                        assertThat(failure.getMessage()).contains("chaincode response 500").contains("does not exist");
                        assertThat(failure.getDetails()).singleElement()
                                .satisfies(detail -> assertThat(detail.getMspId()).isEqualTo("Org1MSP"));
                    });
        }
    }

    @Test
    void aHighSSignatureIsRefused() throws Exception {
        Identity user = ORG1.enroll("user3", NodeOu.CLIENT);
        Signer honest = Signers.newPrivateKeySigner(user.privateKey());
        try (Gateway gateway = connect(user, digest -> Ecdsa.toHighS(honest.sign(digest)))) {
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "k1"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("high-S")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode())
                            .isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED));
        }
    }

    @Test
    void anIdentityFromAnUnknownOrganisationIsRefused() throws Exception {
        Identity stranger = OrganisationCa.create("Org9MSP", "org9.example.com").enroll("user1", NodeOu.CLIENT);
        try (Gateway gateway = connect(stranger, Signers.newPrivateKeySigner(stranger.privateKey()))) {
            assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "k1"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("Org9MSP is not known");
        }
    }

    @Test
    void aChaincodeNotOnTheChannelIsNotFound() throws Exception {
        Identity user = ORG1.enroll("user4", NodeOu.CLIENT);
        try (Gateway gateway = connect(user, Signers.newPrivateKeySigner(user.privateKey()))) {
            assertThatThrownBy(() -> gateway.getNetwork("channel-1").getContract("other").evaluateTransaction("get", "k1"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("not deployed")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode())
                            .isEqualTo(io.grpc.Status.Code.NOT_FOUND));
        }
    }
}
