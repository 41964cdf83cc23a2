package org.openbsn.devnet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbsn.devnet.chaincode.ServedBaseChaincode;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.Orderer;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;

/** A channel of two organisations: the default policy (MAJORITY) needs both to endorse. */
class EndorsementPolicyTest {

    private static final OrganisationCa ORG1 = OrganisationCa.create("Org1MSP", "org1.example.com");
    private static final OrganisationCa ORG2 = OrganisationCa.create("Org2MSP", "org2.example.com");
    private static final Identity PEER1 = ORG1.enroll("peer0", NodeOu.PEER);
    private static final Identity PEER2 = ORG2.enroll("peer0", NodeOu.PEER);
    private static ServedBaseChaincode chaincode;

    @BeforeAll
    static void serveChaincode() throws Exception {
        chaincode = ServedBaseChaincode.start();
    }

    @AfterAll
    static void stop() {
        chaincode.close();
    }

    private static TxValidationCode submitThrough(Function<String, Optional<Identity>> peers, String key) throws Exception {
        ChannelLedger ledger = new ChannelLedger("shared", Map.of("Org1MSP", ORG1.msp(), "Org2MSP", ORG2.msp()));
        Orderer orderer = new Orderer(ledger, 10, Duration.ofMillis(50));
        Network network = id -> Optional.of(new Network.Channel(ledger, orderer, Map.of("base", chaincode.connection())));
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new DevnetGateway("127.0.0.1", PEER1, peers, network)).build().start();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        Identity user = ORG2.enroll("user1", NodeOu.CLIENT);
        try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org2MSP", user.certificate()))
                .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(channel).connect()) {
            return gateway.getNetwork("shared").getContract("base").newProposal("set")
                    .addArguments("{\"baseKey\":\"" + key + "\",\"baseValue\":\"v\"}").build().endorse()
                    .submitAsync().getStatus().getCode();
        } finally {
            channel.shutdownNow();
            server.shutdownNow();
            orderer.close();
        }
    }

    @Test
    void bothOrganisationsEndorsingSatisfiesMajority() throws Exception {
        Map<String, Identity> peers = Map.of("Org1MSP", PEER1, "Org2MSP", PEER2);
        assertThat(submitThrough(id -> Optional.ofNullable(peers.get(id)), "both")).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void oneOrganisationOfTwoIsNotAMajority() throws Exception {
        assertThat(submitThrough(id -> id.equals("Org1MSP") ? Optional.of(PEER1) : Optional.empty(), "one"))
                .isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    }
}
