package org.openbsn.devnet.admin;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelConfig;
import org.openbsn.fabric.config.ChannelGenesis;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

/**
 * Two city-node organisations and a participants' organisation whose CAs the test makes (devnet never saw them), an
 * ordering organisation, and the genesis block OpenBSN builds for a channel of them, with the admin clients that
 * reach devnet's orderer admin endpoint and its peers.
 */
final class Consortium {

    final OrganisationCa node1 = OrganisationCa.create("Node1MSP", "node1.test");
    final OrganisationCa node2 = OrganisationCa.create("Node2MSP", "node2.test");
    final OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.test");
    final Identity node1Admin = node1.enroll("admin", NodeOu.ADMIN);
    final Identity node2Admin = node2.enroll("admin", NodeOu.ADMIN);
    private final OrganisationCa ordering = OrganisationCa.create("OrdererMSP", "orderer.test");
    private final OrganisationCa tls = OrganisationCa.create("TlsCA", "tls.test");

    /** The genesis block of {@code channelId}: both city nodes endorse (a MAJORITY), participants only transact. */
    Block genesis(String channelId) {
        return genesis(channelId, Batching.forTps(20));
    }

    /** The same, its blocks cut as {@code batching} says. */
    Block genesis(String channelId, Batching batching) {
        List<ChannelMember> members = List.of(member(node1, true), member(node2, true), member(participants, false));
        KeyPair consenterKey = Ecdsa.newKeyPair();
        String consenterTls = Pem.of(tls.issueTls("orderer0", List.of("localhost"), List.of("127.0.0.1"),
                consenterKey.getPublic()));
        OrderingCluster cluster = new OrderingCluster("OrdererMSP", Pem.of(ordering.certificate()), Pem.of(tls.certificate()),
                List.of(new OrderingCluster.Consenter(new Endpoint("127.0.0.1", 7050), consenterTls)));
        return ChannelGenesis.block(channelId, ChannelConfig.channelGroup(members, cluster, EndorsementRule.MAJORITY,
                batching), Instant.now());
    }

    /** devnet runs a peer of each city node, with an identity the city node's CA issued. */
    void hostPeersOn(Devnet devnet) {
        devnet.hostPeer(node1.certificate(), node1.enroll("peer0", NodeOu.PEER));
        devnet.hostPeer(node2.certificate(), node2.enroll("peer0", NodeOu.PEER));
    }

    /** The participation API of devnet's orderer, reached with an admin client certificate of devnet's admin TLS CA. */
    static ChannelParticipation participation(Devnet devnet) {
        return new ChannelParticipation("127.0.0.1", devnet.adminPort(), adminTls(devnet, devnet.adminTlsCa()));
    }

    /** TLS presenting a client certificate of {@code issuer} and trusting devnet's TLS CA. */
    static SSLContext adminTls(Devnet devnet, OrganisationCa issuer) {
        KeyPair key = Ecdsa.newKeyPair();
        return MutualTls.sslContext(Pem.of(issuer.issueTls("admin", List.of(), List.of(), key.getPublic())),
                Pem.of(key.getPrivate()), List.of(Pem.of(devnet.tlsCaCertificate())));
    }

    static PeerAdmin peerAdmin(Devnet devnet) {
        return new PeerAdmin("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()), "");
    }

    private ChannelMember member(OrganisationCa organisation, boolean endorsing) {
        return new ChannelMember(organisation.mspId(), Pem.of(organisation.certificate()), Pem.of(tls.certificate()),
                List.of(), endorsing);
    }
}
