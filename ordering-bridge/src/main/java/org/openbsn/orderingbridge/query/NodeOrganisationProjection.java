package org.openbsn.orderingbridge.query;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.orderingbridge.api.FindNodeOrganisationQuery;
import org.openbsn.orderingbridge.api.NodeOrganisationCreatedEvent;
import org.openbsn.orderingbridge.api.NodeOrganisationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each city node's Fabric organisation. */
@Component
@ProcessingGroup(NodeOrganisationProjection.NAME)
class NodeOrganisationProjection {

    static final String NAME = "node-organisation-view";

    private final JdbcClient jdbc;

    NodeOrganisationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NodeOrganisationCreatedEvent event) {
        jdbc.sql("""
                insert into node_organisation (node_id, msp_id, ca_pem, tls_ca_pem) values (:node, :msp, :ca, :tls)
                on conflict (node_id) do nothing""")
                .param("node", event.nodeId()).param("msp", event.mspId()).param("ca", event.caCertificatePem())
                .param("tls", event.tlsCaCertificatePem()).update();
    }

    @QueryHandler
    Optional<NodeOrganisationView> handle(FindNodeOrganisationQuery query) {
        return jdbc.sql("select node_id, msp_id, ca_pem, tls_ca_pem from node_organisation where node_id = :node")
                .param("node", query.nodeId())
                .query((rs, row) -> new NodeOrganisationView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from node_organisation").update();
    }
}
