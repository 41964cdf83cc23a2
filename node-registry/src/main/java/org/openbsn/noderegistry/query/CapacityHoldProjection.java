package org.openbsn.noderegistry.query;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.noderegistry.api.CapacityHold;
import org.openbsn.noderegistry.api.FindExpiredCapacityHoldsQuery;
import org.openbsn.noderegistry.api.NodeCapacityHeldEvent;
import org.openbsn.noderegistry.api.NodeCapacityHoldReleasedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The holds on every node and when each ends, so that holds whose deadline was lost can be found and released. */
@Component
@ProcessingGroup("city-node-holds")
class CapacityHoldProjection {

    private final JdbcClient jdbc;

    CapacityHoldProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NodeCapacityHeldEvent event) {
        jdbc.sql("""
                insert into city_node_hold (node_id, order_id, until) values (:node, :order, :until)
                on conflict (node_id, order_id) do update set until = excluded.until""")
                .param("node", event.nodeId()).param("order", event.orderId())
                .param("until", Timestamp.from(event.until())).update();
    }

    @EventHandler
    void on(NodeCapacityHoldReleasedEvent event) {
        jdbc.sql("delete from city_node_hold where node_id = :node and order_id = :order")
                .param("node", event.nodeId()).param("order", event.orderId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from city_node_hold").update();
    }

    @QueryHandler
    List<CapacityHold> handle(FindExpiredCapacityHoldsQuery query) {
        return jdbc.sql("select node_id, order_id, until from city_node_hold where until <= :at order by until")
                .param("at", Timestamp.from(query.at()))
                .query((rs, row) -> new CapacityHold(rs.getString("node_id"), rs.getString("order_id"),
                        rs.getTimestamp("until").toInstant()))
                .list();
    }
}
