package org.openbsn.noderegistry.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.noderegistry.api.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each node's history for the operator: who did what, when. {@code action} is a stable code the
 * portal translates; {@code detail} holds the figures or reason, which need no translation.
 * It shares the {@code city-nodes} processor, so a change the portal waits for is in the history too.
 */
@Component
@ProcessingGroup(CityNodeProjection.NAME)
class NodeHistoryProjection {

    private final JdbcClient jdbc;

    NodeHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CityNodeRegisteredEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.ownerId(), "registered", e.details().name() + " · " + e.details().city() + ", "
                + e.details().region() + " · " + capacity(e.capacity()) + " · " + prices(e.prices()));
    }

    @EventHandler
    void on(CityNodeApprovedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.operatorId(), "approved", "");
    }

    @EventHandler
    void on(CityNodeRejectedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.operatorId(), "rejected", e.reason());
    }

    @EventHandler
    void on(CityNodeSuspendedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.operatorId(), "suspended", e.reason());
    }

    @EventHandler
    void on(CityNodeResumedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.operatorId(), "resumed", "");
    }

    @EventHandler
    void on(CityNodeCapacityChangedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.ownerId(), "capacity-changed", capacity(e.capacity()));
    }

    @EventHandler
    void on(CityNodePricesChangedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.ownerId(), "prices-changed", prices(e.prices()));
    }

    @EventHandler
    void on(CityNodeRetiredEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, e.ownerId(), "retired", "");
    }

    @EventHandler
    void on(NodeCapacityReservedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, null, "capacity-reserved", e.applicationId() + " · " + capacity(e.capacity()));
    }

    @EventHandler
    void on(NodeCapacityReleasedEvent e, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        record(e.nodeId(), seq, at, null, "capacity-released", e.applicationId() + " · " + capacity(e.capacity()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from city_node_history").update();
    }

    @QueryHandler
    List<NodeHistoryEntry> handle(FindNodeHistoryQuery query) {
        return jdbc.sql("select * from city_node_history where node_id = :id order by sequence")
                .param("id", query.nodeId())
                .query((rs, row) -> new NodeHistoryEntry(rs.getString("node_id"), rs.getLong("sequence"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_id"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }

    private void record(String nodeId, long sequence, Instant at, String actorId, String action, String detail) {
        jdbc.sql("""
                insert into city_node_history (node_id, sequence, occurred_at, actor_id, action, detail)
                values (:node, :seq, :at, :actor, :action, :detail)
                on conflict (node_id, sequence) do nothing""")
                .param("node", nodeId).param("seq", sequence).param("at", Timestamp.from(at))
                .param("actor", actorId).param("action", action).param("detail", detail)
                .update();
    }

    private static String capacity(Capacity c) {
        return c.tps() + " TPS, " + c.storageGb() + " GB, " + c.bandwidthMbps() + " Mbps";
    }

    private static String prices(UnitPrices p) {
        return p.perTps().amount().toPlainString() + " / " + p.perStorageGb().amount().toPlainString() + " / "
                + p.perBandwidthMbps().amount().toPlainString() + " " + p.perTps().currency() + " per year";
    }
}
