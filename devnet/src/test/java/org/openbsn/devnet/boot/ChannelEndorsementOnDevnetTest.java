package org.openbsn.devnet.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.infra.ledger.Endorsement;

/** A channel's endorsement rule, given when it is created, decides which transactions on its chaincode are valid. */
class ChannelEndorsementOnDevnetTest {

    /** Two city nodes' organisations, which endorse, and devnet's own, the participants' organisation, which does not. */
    private static final List<String> TWO_ORGANISATIONS = List.of("Node1MSP", "Node2MSP", "Org1MSP");

    @TempDir
    static Path data;
    private static Devnet devnet;
    private static DevnetChannelAdministration ledger;
    private static ManagedChannel grpc;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data));
        ledger = PortalSide.administration(devnet, data, java.util.Map.of());
        ledger.createChannel("challorgs", TWO_ORGANISATIONS, new Endorsement(Endorsement.Kind.ALL, 0));
        ledger.deployChaincode("challorgs", "base", "base", "", 1);
        ledger.createChannel("challthree", List.of("Node1MSP", "Node2MSP", "Node3MSP", "Org1MSP"), new Endorsement(Endorsement.Kind.ALL, 0));
        ledger.deployChaincode("challthree", "base", "base", "", 1);
        ledger.createChannel("chanyone", TWO_ORGANISATIONS, new Endorsement(Endorsement.Kind.AT_LEAST, 1));
        ledger.deployChaincode("chanyone", "base", "base", "", 1);
        Identity user = devnet.organisation("Org1MSP").enroll("shop-user", NodeOu.CLIENT);
        grpc = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build()).build();
        gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", user.certificate()))
                .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(grpc).connect();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        grpc.shutdownNow();
        ledger.close();
        devnet.close();
    }

    private static TxValidationCode submit(String channel, String key, String... organisations) throws Exception {
        var proposal = gateway.getNetwork(channel).getContract("base").newProposal("set")
                .addArguments("{\"baseKey\":\"" + key + "\",\"baseValue\":\"v\"}");
        if (organisations.length > 0) {
            proposal.setEndorsingOrganizations(organisations);
        }
        return proposal.build().endorse().submitAsync().getStatus().getCode();
    }

    @Test
    void allOfTwoOrganisationsRefusesATransactionEndorsedByOne() throws Exception {
        assertThat(submit("challorgs", "one", "Node1MSP")).isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    }

    @Test
    void allOfThreeOrganisationsRefusesATransactionAMajorityEndorsed() throws Exception {
        assertThat(submit("challthree", "two", "Node1MSP", "Node2MSP")).isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
        assertThat(submit("challthree", "three")).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void allOfTwoOrganisationsTakesWhatTheGatewayHasBothEndorse() throws Exception {
        assertThat(submit("challorgs", "both")).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void atLeastOneOfTwoOrganisationsTakesATransactionEndorsedByEitherAlone() throws Exception {
        assertThat(submit("chanyone", "first", "Node1MSP")).isEqualTo(TxValidationCode.VALID);
        // a majority of two would refuse this one
        assertThat(submit("chanyone", "second", "Node2MSP")).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void aRedeployAfterARestartKeepsTheChannelsRule() throws Exception {
        try (Devnet restarted = Devnet.start(Devnet.Settings.defaults(data.resolve("restart")));
             DevnetChannelAdministration first = PortalSide.administration(restarted, data.resolve("restart"), java.util.Map.of())) {
            first.createChannel("chkept", TWO_ORGANISATIONS, new Endorsement(Endorsement.Kind.ALL, 0));
            first.deployChaincode("chkept", "base", "base", "", 1);
        }
        try (Devnet restarted = Devnet.start(Devnet.Settings.defaults(data.resolve("restart")));
             DevnetChannelAdministration second = PortalSide.administration(restarted, data.resolve("restart"), java.util.Map.of())) {
            second.deployChaincode("chkept", "base", "base", "", 2);
            assertThat(restarted.channel("chkept").orElseThrow().endorsementPolicy("base").toString())
                    .as("both city nodes' peers, never the participants' organisation")
                    .isEqualTo("AND('Node1MSP.peer', 'Node2MSP.peer')");
        }
    }
}
