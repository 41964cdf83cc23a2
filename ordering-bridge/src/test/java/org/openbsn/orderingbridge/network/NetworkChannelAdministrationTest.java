package org.openbsn.orderingbridge.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.OrganisationVault;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.fabric.network.ClusterAccess;
import org.openbsn.fabric.testing.OrdererOrganisation;
import org.openbsn.fabric.testing.EnrolmentFiles;
import org.openbsn.fabric.testing.RealFabric;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.orderingbridge.api.NodeOrganisationIds;
import org.openbsn.orderingbridge.query.NetworkReadModels;

/**
 * The portal's channel administration on a real Fabric network (three etcdraft orderers): two city nodes whose
 * organisations the portal keeps, each running a peer from the files its owner downloaded, get an application
 * channel with the participants' organisation, the base chaincode served by the portal goes live, a participant
 * writes and the portal reads, and an upgrade goes live at sequence 2.
 */
@Tag("real-fabric")
class NetworkChannelAdministrationTest {

    @TempDir
    static Path work;
    private static final TestDatabase db = TestDatabase.get();
    private static RealFabric fabric;
    private static BaseChaincodeService base;
    private static final OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.test");

    @BeforeAll
    static void start() {
        fabric = RealFabric.start(work.resolve("network"), List.of());
    }

    @AfterAll
    static void stop() {
        if (base != null) {
            base.close();
        }
        fabric.close();
    }

    @Test
    void anApplicationGoesLiveOnTheCityNodesOwnPeersAndIsUpgraded() throws Exception {
        OrganisationVault vault = new OrganisationVault(work.resolve("organisations"));
        String node1 = UUID.randomUUID().toString();
        String node2 = UUID.randomUUID().toString();
        NetworkReadModels peers = new NetworkReadModels(db);
        for (String node : List.of(node1, node2)) {
            String mspId = NodeOrganisationIds.mspIdOf(node);
            OrganisationVault.KeptOrganisation kept = vault.ensure(mspId, mspId.toLowerCase() + ".test");
            int port = fabric.freePort();
            fabric.startPeer(mspId, "peer0", EnrolmentFiles.unpack(vault.enrolPeer(mspId, "peer0", "127.0.0.1", port),
                    work.resolve(mspId)), port);
            peers.organisation(node, mspId, kept);
            peers.enrolled(node, mspId, "peer0", "127.0.0.1", port);
        }
        String channel = "app-" + UUID.randomUUID().toString().substring(0, 8);
        base = new BaseChaincodeService("127.0.0.1:" + fabric.freePort());
        NetworkChannelAdministration ledger = new NetworkChannelAdministration(new ChannelOperations(vault, Duration.ofSeconds(60)),
                new NetworkDirectory(db.jdbc(), participantsCertificates()), new GenesisBlocks(db.jdbc()),
                Map.of("cluster-1", fabric.ordererOrganisation().clusterAccess()), base);
        List<String> members = List.of(NodeOrganisationIds.mspIdOf(node1), NodeOrganisationIds.mspIdOf(node2), "ParticipantsMSP");

        ledger.createChannel(channel, "cluster-1", members, Endorsement.majority(), 20);
        ledger.createChannel(channel, "cluster-1", members, Endorsement.majority(), 20); // a re-delivered command
        peers.created(channel, "cluster-1", members);
        assertThatThrownBy(() -> ledger.joinPeer(channel, node1, "peer7"))
                .isInstanceOf(DomainException.class).hasMessageContaining("peer7 of city node " + node1 + " is not enrolled");
        for (String node : List.of(node1, node2)) {
            ledger.joinPeer(channel, node, "peer0");
            peers.joined(channel, node, "peer0");
        }
        ledger.deployChaincode(channel, "base", "base", null, 1);

        Identity alice = participants.enroll("alice", NodeOu.CLIENT);
        ManagedChannel grpc = PeerChannels.open("127.0.0.1", peers.port(node2), peers.tlsCa(node2), "");
        try (Gateway gateway = Gateway.newInstance()
                .identity(new X509Identity("ParticipantsMSP", Identities.readX509Certificate(alice.certificatePem())))
                .signer(Signers.newPrivateKeySigner(alice.privateKey())).connection(grpc).connect()) {
            gateway.getNetwork(channel).getContract("base").submitTransaction("set", "{\"baseKey\":\"n1\",\"baseValue\":\"v1\"}");
        } finally {
            grpc.shutdownNow();
        }
        assertThat(new String(ledger.evaluate(channel, "base", "get", List.of("n1")), StandardCharsets.UTF_8)).contains("v1");
        assertThat(ledger.height(channel)).as("genesis, two approvals, the commit and the write").isGreaterThanOrEqualTo(5);

        ledger.deployChaincode(channel, "base", "base", null, 2);
        assertThat(new String(ledger.evaluate(channel, "base", "get", List.of("n1")), StandardCharsets.UTF_8)).contains("v1");
        assertThatThrownBy(() -> ledger.deployChaincode(channel, "trace", "package", "trace_1:abc", 1))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot yet run on a network of city nodes");
    }

    private static MemberCertificates participantsCertificates() {
        return MemberCertificates.of("ParticipantsMSP", participants.certificate(),
                (commonName, key) -> participants.issue(commonName, NodeOu.CLIENT, key));
    }

}
