package org.openbsn.orderingbridge.query;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.orderingbridge.api.FindNodePeersQuery;
import org.openbsn.orderingbridge.api.NodePeerEnrolledEvent;
import org.openbsn.orderingbridge.api.NodePeerView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enrolled peers of each city node, where they listen now. */
@Component
@ProcessingGroup(NodeOrganisationProjection.NAME)
class NodePeerProjection {

    private final JdbcClient jdbc;

    NodePeerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NodePeerEnrolledEvent event) {
        jdbc.sql("""
                insert into node_organisation_peer (node_id, peer_name, msp_id, host, port) values (:node, :peer, :msp, :host, :port)
                on conflict (node_id, peer_name) do update set host = excluded.host, port = excluded.port""")
                .param("node", event.nodeId()).param("peer", event.peerName()).param("msp", event.mspId())
                .param("host", event.host()).param("port", event.port()).update();
    }

    @QueryHandler
    List<NodePeerView> handle(FindNodePeersQuery query) {
        return jdbc.sql("select node_id, msp_id, peer_name, host, port from node_organisation_peer where node_id = :node order by peer_name")
                .param("node", query.nodeId())
                .query((rs, row) -> new NodePeerView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from node_organisation_peer").update();
    }
}
