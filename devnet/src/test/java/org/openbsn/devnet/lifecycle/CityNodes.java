package org.openbsn.devnet.lifecycle;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationAdmins;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.fabric.network.ClusterAccess;
import org.openbsn.fabric.network.PeerNode;

/**
 * Two city-node organisations and a participants' organisation made by the test (devnet never saw their CAs), with
 * their admins behind OpenBSN's signing port, and how {@link ChannelOperations} reaches devnet's orderer and the
 * peers devnet hosts for the city nodes.
 */
final class CityNodes {

    final OrganisationCa node1 = OrganisationCa.create("Node1MSP", "node1.test");
    final OrganisationCa node2 = OrganisationCa.create("Node2MSP", "node2.test");
    final OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.test");
    private final OrganisationCa tls = OrganisationCa.create("TlsCA", "tls.test");
    private final OrganisationCa ordering = OrganisationCa.create("OrdererMSP", "orderer.test");
    private final Map<String, Identity> admins = Map.of("Node1MSP", node1.enroll("admin", NodeOu.ADMIN),
            "Node2MSP", node2.enroll("admin", NodeOu.ADMIN), "ParticipantsMSP", participants.enroll("admin", NodeOu.ADMIN));

    /** OpenBSN's port for signing as an organisation's admin. */
    final OrganisationAdmins port = mspId -> {
        Identity admin = admins.get(mspId);
        if (admin == null) {
            throw new IllegalArgumentException("no admin of " + mspId + " is held here");
        }
        return admin;
    };

    Identity admin(String mspId) {
        return admins.get(mspId);
    }

    ChannelOperations operations(Duration patience) {
        return new ChannelOperations(port, patience);
    }

    /** devnet runs a peer of each city node, with an identity the city node's CA issued. */
    void hostPeersOn(Devnet devnet) {
        devnet.hostPeer(node1.certificate(), node1.enroll("peer0", NodeOu.PEER));
        devnet.hostPeer(node2.certificate(), node2.enroll("peer0", NodeOu.PEER));
    }

    /** Both city nodes endorse (a MAJORITY of them: both); the participants' organisation only transacts. */
    List<ChannelMember> members(Devnet devnet) {
        Endpoint peer = new Endpoint("127.0.0.1", devnet.port());
        return List.of(new ChannelMember("Node1MSP", Pem.of(node1.certificate()), Pem.of(tls.certificate()), List.of(peer), true),
                new ChannelMember("Node2MSP", Pem.of(node2.certificate()), Pem.of(tls.certificate()), List.of(peer), true),
                new ChannelMember("ParticipantsMSP", Pem.of(participants.certificate()), Pem.of(tls.certificate()),
                        List.of(), false));
    }

    /** devnet's orderer as one ordering cluster, its admin endpoint reached with a certificate of devnet's admin TLS CA. */
    ClusterAccess clusterAccess(Devnet devnet) {
        KeyPair consenterKey = Ecdsa.newKeyPair();
        String consenterTls = Pem.of(tls.issueTls("orderer0", List.of("localhost"), List.of("127.0.0.1"),
                consenterKey.getPublic()));
        OrderingCluster cluster = new OrderingCluster("OrdererMSP", Pem.of(ordering.certificate()), Pem.of(tls.certificate()),
                List.of(new OrderingCluster.Consenter(new Endpoint("127.0.0.1", devnet.port()), consenterTls)));
        KeyPair adminKey = Ecdsa.newKeyPair();
        SSLContext adminTls = MutualTls.sslContext(Pem.of(devnet.adminTlsCa().issueTls("admin", List.of(), List.of(),
                adminKey.getPublic())), Pem.of(adminKey.getPrivate()), List.of(Pem.of(devnet.tlsCaCertificate())));
        return new ClusterAccess(cluster, List.of(new ClusterAccess.Orderer("127.0.0.1", devnet.port(), devnet.adminPort(),
                Pem.of(devnet.tlsCaCertificate()))), adminTls);
    }

    /** The peer devnet runs for {@code mspId}, as OpenBSN addresses a city node's peer. */
    static PeerNode peer(Devnet devnet, String mspId) {
        return new PeerNode(mspId, "127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
    }

    /** A Fabric Gateway connection to devnet as {@code identity}; closing the gateway leaves the channel to close. */
    static Gateway gateway(Devnet devnet, Identity identity, List<AutoCloseable> opened) {
        ManagedChannel channel = PeerChannels.open("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
        Gateway gateway = Gateway.newInstance().identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey())).connection(channel).connect();
        opened.add(channel::shutdownNow);
        opened.add(gateway);
        return gateway;
    }
}
