package org.openbsn.devnet.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;

/** An application channel set up through the port on a real devnet answers a fabric-gateway client over TLS. */
class DevnetChannelAdministrationTest {

    @Test
    void aChannelCreatedJoinedAndGivenTheBaseChaincodeCommitsATransaction(@TempDir Path data) throws Exception {
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            DevnetChannelAdministration admin = PortalSide.administration(devnet, data, java.util.Map.of());
            ChannelAdministration ledger = admin;
            assertThat(ledger.height("chshop1")).isZero();

            ledger.createChannel("chshop1", List.of("Org1MSP"));
            ledger.createChannel("chshop1", List.of("Org1MSP"));
            assertThat(ledger.height("chshop1")).as("the genesis block, written once").isEqualTo(1);
            Payload genesis = Payload.parseFrom(Envelope.parseFrom(
                    devnet.channel("chshop1").orElseThrow().block(0).getData().getData(0)).getPayload());
            assertThat(ChannelHeader.parseFrom(genesis.getHeader().getChannelHeader()).getType())
                    .isEqualTo(HeaderType.CONFIG_VALUE);
            assertThat(ConfigEnvelope.parseFrom(genesis.getData()).getConfig().getChannelGroup()
                    .getGroupsOrThrow("Application").getGroupsMap()).containsOnlyKeys("Org1MSP");
            ledger.joinPeer("chshop1", "node-1", "peer0");
            ledger.joinPeer("chshop1", "node-1", "peer0");
            ledger.deployChaincode("chshop1", "base", "base", "", 1);
            ledger.deployChaincode("chshop1", "base", "base", "", 1);
            long before = ledger.height("chshop1");

            Identity user = devnet.organisation("Org1MSP").enroll("shop-user", NodeOu.CLIENT);
            ManagedChannel grpc = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                    .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build()).build();
            try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", user.certificate()))
                    .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(grpc).connect()) {
                Contract base = gateway.getNetwork("chshop1").getContract("base");
                assertThat(new String(base.submitTransaction("set", "{\"baseKey\":\"k\",\"baseValue\":\"v\"}"),
                        StandardCharsets.UTF_8)).isEqualTo("SUCCESS");
                assertThat(new String(base.evaluateTransaction("get", "k"), StandardCharsets.UTF_8))
                        .isEqualTo("{\"baseKey\":\"k\",\"baseValue\":\"v\"}");
            } finally {
                grpc.shutdownNow();
            }
            // submitTransaction returns once the transaction is committed, so its block is on the ledger
            assertThat(ledger.height("chshop1")).isEqualTo(before + 1);
            assertThat(admin.joinedPeers("chshop1")).containsExactly("node-1/peer0");
            admin.close();
        }
    }

    @Test
    void refusesWhatDevnetCannotDoInWords(@TempDir Path data) {
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            ChannelAdministration ledger = PortalSide.administration(devnet, data, java.util.Map.of());
            assertThatThrownBy(() -> ledger.joinPeer("chnone", "node-1", "peer0"))
                    .isInstanceOf(DomainException.class).hasMessage("Channel chnone is not open on the ledger");
            ledger.createChannel("chshop2", List.of("Org1MSP"));
            assertThatThrownBy(() -> ledger.deployChaincode("chshop2", "market", "wasm", "market:1", 1))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("Chaincode of kind 'wasm' cannot be deployed; devnet runs the base chaincode and marketplace packages");
            assertThatThrownBy(() -> ledger.deployChaincode("chshop2", "market", "package", "market:1", 1))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("'market:1' is not a Fabric package id (label:sha256)");
        }
    }

    @Test
    void theGenesisBlockIsReadBackAfterARestartAndNotWrittenTwice(@TempDir Path data) {
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data));
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, data, java.util.Map.of())) {
            ledger.createChannel("chshop3", List.of("Org1MSP", "Org2MSP"));
        }
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data));
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, data, java.util.Map.of())) {
            assertThat(ledger.height("chshop3")).isEqualTo(1);
            ledger.createChannel("chshop3", List.of("Org1MSP", "Org2MSP"));
            assertThat(ledger.height("chshop3")).isEqualTo(1);
        }
    }
}
