package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Test;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.policy.EndorsementPolicy;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;

/** The assembled network: TLS only, and everything kept across a restart on the same data directory. */
class DevnetTest {

    private static ManagedChannel tls(Devnet devnet) throws Exception {
        return NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build())
                .build();
    }

    private static Gateway connect(Devnet devnet, ManagedChannel channel, String user) {
        Identity identity = devnet.organisation("Org1MSP").enroll(user, NodeOu.CLIENT);
        return Gateway.newInstance().identity(new X509Identity("Org1MSP", identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey())).connection(channel).connect();
    }

    private static Contract base(Gateway gateway) {
        return gateway.getNetwork("app-1").getContract("base");
    }

    @Test
    void servesOverTlsAndKeepsChannelsChaincodesAndBlocksAcrossARestart(@TempDir Path data) throws Exception {
        X509Certificate tlsCa;
        long height;
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            devnet.openChannel("app-1", List.of("Org1MSP"));
            devnet.deployBaseChaincode("app-1", "base", EndorsementPolicy.parse("OR('Org1MSP.peer', 'Org1MSP.admin')"));
            tlsCa = devnet.tlsCaCertificate();
            ManagedChannel channel = tls(devnet);
            try (Gateway gateway = connect(devnet, channel, "user1")) {
                assertThat(new String(base(gateway).submitTransaction("set", "{\"baseKey\":\"a\",\"baseValue\":\"b\"}"),
                        StandardCharsets.UTF_8)).isEqualTo("SUCCESS");
            } finally {
                channel.shutdownNow();
            }
            ManagedChannel plaintext = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port()).usePlaintext().build();
            try (Gateway gateway = connect(devnet, plaintext, "user2")) {
                assertThatThrownBy(() -> base(gateway).evaluateTransaction("get", "a"))
                        .isInstanceOf(GatewayException.class);
            } finally {
                plaintext.shutdownNow();
            }
            height = devnet.openChannel("app-1", List.of("Org1MSP")).height();
        }

        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            assertThat(devnet.tlsCaCertificate()).isEqualTo(tlsCa);
            // the channel, its chaincode and its endorsement policy come back without being opened or deployed again
            ChannelLedger reopened = devnet.channel("app-1").orElseThrow();
            assertThat(reopened.height()).isEqualTo(height);
            assertThat(reopened.endorsementPolicy("base")).hasToString("OR('Org1MSP.peer', 'Org1MSP.admin')");
            ManagedChannel channel = tls(devnet);
            try (Gateway gateway = connect(devnet, channel, "user3")) {
                assertThat(new String(base(gateway).evaluateTransaction("get", "a"), StandardCharsets.UTF_8))
                        .isEqualTo("{\"baseKey\":\"a\",\"baseValue\":\"b\"}");
                var next = base(gateway).newProposal("update").addArguments("{\"baseKey\":\"a\",\"baseValue\":\"c\"}")
                        .build().endorse().submitAsync();
                assertThat(next.getStatus().getBlockNumber()).isEqualTo(height);
            } finally {
                channel.shutdownNow();
            }
        }
    }
}
