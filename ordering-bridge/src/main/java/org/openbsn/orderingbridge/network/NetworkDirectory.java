package org.openbsn.orderingbridge.network;

import java.util.List;
import java.util.Optional;

import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.network.PeerNode;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.fabric.msp.Pem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the network knows of its organisations, read from the node organisations' read models: each city node's
 * organisation as a channel member that endorses (its anchor peers are its enrolled peers), the participants'
 * organisation as one that does not, and where each enrolled peer listens.
 */
final class NetworkDirectory {

    private final JdbcClient jdbc;
    private final MemberCertificates participants;

    NetworkDirectory(JdbcClient jdbc, MemberCertificates participants) {
        this.jdbc = jdbc;
        this.participants = participants;
    }

    /** The channel member {@code mspId}; an organisation the network does not know is refused by name. */
    ChannelMember member(String mspId) {
        if (mspId.equals(participants.mspId())) {
            String ca = Pem.of(participants.caCertificate());
            return new ChannelMember(mspId, ca, ca, List.of(), false);
        }
        record Organisation(String nodeId, String ca, String tlsCa) {
        }
        Organisation organisation = jdbc.sql("select node_id, ca_pem, tls_ca_pem from node_organisation where msp_id = :msp")
                .param("msp", mspId).query((rs, row) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new DomainException("network.organisation-unknown",
                        "No city node is organisation " + mspId, mspId));
        List<Endpoint> anchors = jdbc.sql("select host, port from node_organisation_peer where node_id = :node order by peer_name")
                .param("node", organisation.nodeId()).query((rs, row) -> new Endpoint(rs.getString(1), rs.getInt(2))).list();
        return new ChannelMember(mspId, organisation.ca(), organisation.tlsCa(), anchors, true);
    }

    /** Where peer {@code peerId} of the node listens; a peer its owner has not enrolled is refused in words. */
    PeerNode peer(String nodeId, String peerId) {
        return findPeer(nodeId, peerId).orElseThrow(() -> new DomainException("network.peer-not-enrolled",
                "Peer " + peerId + " of city node " + nodeId + " is not enrolled: its owner must enrol it on the node's "
                        + "page and run it before an application can use it", peerId, nodeId));
    }

    Optional<PeerNode> findPeer(String nodeId, String peerId) {
        return jdbc.sql("""
                select o.msp_id, p.host, p.port, o.tls_ca_pem from node_organisation_peer p
                join node_organisation o on o.node_id = p.node_id where p.node_id = :node and p.peer_name = :peer""")
                .param("node", nodeId).param("peer", peerId)
                .query((rs, row) -> new PeerNode(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), ""))
                .optional();
    }

    /** The enrolled peers joined to the channel, in the order they joined. */
    List<PeerNode> joinedPeers(String channelId) {
        return jdbc.sql("""
                select o.msp_id, p.host, p.port, o.tls_ca_pem from channel_peer c
                join node_organisation_peer p on p.node_id = c.node_id and p.peer_name = c.peer_id
                join node_organisation o on o.node_id = c.node_id
                where c.channel_id = :channel order by c.sequence""")
                .param("channel", channelId)
                .query((rs, row) -> new PeerNode(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), ""))
                .list();
    }

    /** The ordering cluster the channel was created on, once its creation is recorded. */
    Optional<String> clusterOf(String channelId) {
        return jdbc.sql("select cluster_id from channel_view where channel_id = :channel").param("channel", channelId)
                .query(String.class).optional();
    }
}
