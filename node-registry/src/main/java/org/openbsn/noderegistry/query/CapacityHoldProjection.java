package org.openbsn.noderegistry.query;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CapacityHold;
import org.openbsn.noderegistry.api.FindCapacityHoldsOfApplicationQuery;
import org.openbsn.noderegistry.api.FindExpiredCapacityHoldsQuery;
import org.openbsn.noderegistry.api.NodeCapacityHeldEvent;
import org.openbsn.noderegistry.api.NodeCapacityHoldReleasedEvent;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The holds on every node and when each ends, so that holds whose deadline was lost can be found and released. */
@Component
@ProcessingGroup("city-node-holds")
class CapacityHoldProjection {

    private static final RowMapper<CapacityHold> ROW = (rs, row) -> new CapacityHold(rs.getString("node_id"),
            rs.getString("order_id"), rs.getString("application_id"),
            new Capacity(rs.getInt("tps"), rs.getInt("storage_gb"), rs.getInt("bandwidth_mbps")),
            rs.getTimestamp("until").toInstant());

    private final JdbcClient jdbc;

    CapacityHoldProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NodeCapacityHeldEvent event) {
        jdbc.sql("""
                insert into city_node_hold (node_id, order_id, application_id, tps, storage_gb, bandwidth_mbps, until)
                values (:node, :order, :application, :tps, :storage, :bandwidth, :until)
                on conflict (node_id, order_id) do update set until = excluded.until, tps = excluded.tps,
                    storage_gb = excluded.storage_gb, bandwidth_mbps = excluded.bandwidth_mbps""")
                .param("node", event.nodeId()).param("order", event.orderId()).param("application", event.applicationId())
                .param("tps", event.capacity().tps()).param("storage", event.capacity().storageGb())
                .param("bandwidth", event.capacity().bandwidthMbps())
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
        return jdbc.sql("select * from city_node_hold where until <= :at order by until")
                .param("at", Timestamp.from(query.at())).query(ROW).list();
    }

    @QueryHandler
    List<CapacityHold> handle(FindCapacityHoldsOfApplicationQuery query) {
        return jdbc.sql("select * from city_node_hold where application_id = :application order by until")
                .param("application", query.applicationId()).query(ROW).list();
    }
}
