package org.openbsn.orderingbridge.query;

import java.util.List;

import org.openbsn.infra.ledger.ChannelPeers;
import org.openbsn.infra.ledger.LedgerConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a network of city-node organisations, a channel is served by the peers joined to it, where their owners
 * enrolled them, trusted through their organisation's TLS CA; in the order they joined.
 */
@Component
@ConditionalOnProperty(name = "bsn.ledger.network", havingValue = "fabric")
class EnrolledChannelPeers implements ChannelPeers {

    private final JdbcClient jdbc;

    EnrolledChannelPeers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LedgerConnection.Peer> of(String channelId) {
        return jdbc.sql("""
                select p.host, p.port, o.tls_ca_pem from channel_peer c
                join node_organisation_peer p on p.node_id = c.node_id and p.peer_name = c.peer_id
                join node_organisation o on o.node_id = c.node_id
                where c.channel_id = :channel order by c.sequence""")
                .param("channel", channelId)
                .query((rs, row) -> new LedgerConnection.Peer(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
    }
}
