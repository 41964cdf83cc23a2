package org.openbsn.noderegistry.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.*;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city-node read model behind "My nodes", the approval queue and "Browse nodes". */
@Component
@ProcessingGroup(CityNodeProjection.NAME)
class CityNodeProjection {

    static final String NAME = "city-nodes";

    private static final RowMapper<CityNodeView> ROW = (rs, row) -> {
        String currency = rs.getString("currency");
        return new CityNodeView(
                rs.getString("node_id"),
                rs.getString("owner_id"),
                new NodeDetails(rs.getString("name"), rs.getString("city"), rs.getString("region"),
                        rs.getString("provider"), rs.getString("gateway_url")),
                NodeStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                new Capacity(rs.getInt("tps"), rs.getInt("storage_gb"), rs.getInt("bandwidth_mbps")),
                new Capacity(rs.getInt("reserved_tps"), rs.getInt("reserved_storage_gb"),
                        rs.getInt("reserved_bandwidth_mbps")),
                new Capacity(rs.getInt("held_tps"), rs.getInt("held_storage_gb"), rs.getInt("held_bandwidth_mbps")),
                new UnitPrices(new Money(rs.getBigDecimal("price_per_tps"), currency),
                        new Money(rs.getBigDecimal("price_per_storage_gb"), currency),
                        new Money(rs.getBigDecimal("price_per_bandwidth"), currency)),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    CityNodeProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(CityNodeRegisteredEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        NodeDetails d = event.details();
        UnitPrices p = event.prices();
        jdbc.sql("""
                insert into city_node_view (node_id, owner_id, name, city, region, provider, gateway_url, status,
                    tps, storage_gb, bandwidth_mbps, price_per_tps, price_per_storage_gb, price_per_bandwidth,
                    currency, registered_at, version)
                values (:id, :owner, :name, :city, :region, :provider, :url, 'PENDING_APPROVAL',
                    :tps, :storage, :bandwidth, :pTps, :pStorage, :pBandwidth, :currency, :at, :version)
                on conflict (node_id) do nothing""")
                .param("id", event.nodeId()).param("owner", event.ownerId())
                .param("name", d.name()).param("city", d.city()).param("region", d.region())
                .param("provider", d.provider()).param("url", d.gatewayUrl())
                .param("tps", event.capacity().tps()).param("storage", event.capacity().storageGb())
                .param("bandwidth", event.capacity().bandwidthMbps())
                .param("pTps", p.perTps().amount()).param("pStorage", p.perStorageGb().amount())
                .param("pBandwidth", p.perBandwidthMbps().amount()).param("currency", p.perTps().currency())
                .param("at", java.sql.Timestamp.from(at)).param("version", version)
                .update();
        emit(event.nodeId());
    }

    @EventHandler
    void on(CityNodeApprovedEvent event, @SequenceNumber long version) {
        setStatus(event.nodeId(), NodeStatus.ACTIVE, null, version);
    }

    @EventHandler
    void on(CityNodeRejectedEvent event, @SequenceNumber long version) {
        setStatus(event.nodeId(), NodeStatus.REJECTED, event.reason(), version);
    }

    @EventHandler
    void on(CityNodeSuspendedEvent event, @SequenceNumber long version) {
        setStatus(event.nodeId(), NodeStatus.SUSPENDED, event.reason(), version);
    }

    @EventHandler
    void on(CityNodeResumedEvent event, @SequenceNumber long version) {
        setStatus(event.nodeId(), NodeStatus.ACTIVE, null, version);
    }

    @EventHandler
    void on(CityNodeRetiredEvent event, @SequenceNumber long version) {
        setStatus(event.nodeId(), NodeStatus.RETIRED, null, version);
    }

    @EventHandler
    void on(CityNodeCapacityChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                update city_node_view set tps = :tps, storage_gb = :storage, bandwidth_mbps = :bandwidth,
                    version = :version
                where node_id = :id and version < :version""")
                .param("id", event.nodeId()).param("version", version)
                .param("tps", event.capacity().tps()).param("storage", event.capacity().storageGb())
                .param("bandwidth", event.capacity().bandwidthMbps())
                .update();
        emit(event.nodeId());
    }

    @EventHandler
    void on(CityNodePricesChangedEvent event, @SequenceNumber long version) {
        UnitPrices p = event.prices();
        jdbc.sql("""
                update city_node_view set price_per_tps = :pTps, price_per_storage_gb = :pStorage,
                    price_per_bandwidth = :pBandwidth, currency = :currency, version = :version
                where node_id = :id and version < :version""")
                .param("id", event.nodeId()).param("version", version)
                .param("pTps", p.perTps().amount()).param("pStorage", p.perStorageGb().amount())
                .param("pBandwidth", p.perBandwidthMbps().amount()).param("currency", p.perTps().currency())
                .update();
        emit(event.nodeId());
    }

    @EventHandler
    void on(NodeCapacityReservedEvent event, @SequenceNumber long version) {
        changeReserved(event.nodeId(), event.capacity(), version);
    }

    @EventHandler
    void on(NodeCapacityReleasedEvent event, @SequenceNumber long version) {
        changeReserved(event.nodeId(), Capacity.NONE.minus(event.capacity()), version);
    }

    @EventHandler
    void on(NodeCapacityHeldEvent event, @SequenceNumber long version) {
        changeHeld(event.nodeId(), event.capacity(), version);
    }

    @EventHandler
    void on(NodeCapacityHoldReleasedEvent event, @SequenceNumber long version) {
        changeHeld(event.nodeId(), Capacity.NONE.minus(event.capacity()), version);
    }

    /** The view shows no peers, but its version follows the node's, so saving a node waits for the right version. */
    @EventHandler
    void on(PeerAllocatedEvent event, @SequenceNumber long version) {
        followVersion(event.nodeId(), version);
    }

    @EventHandler
    void on(PeerReleasedEvent event, @SequenceNumber long version) {
        followVersion(event.nodeId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from city_node_view").update();
    }

    @QueryHandler
    Optional<CityNodeView> handle(FindCityNodeQuery query) {
        return jdbc.sql("select * from city_node_view where node_id = :id").param("id", query.nodeId())
                .query(ROW).optional();
    }

    @QueryHandler
    List<CityNodeView> handle(FindOwnerNodesQuery query) {
        return jdbc.sql("select * from city_node_view where owner_id = :owner order by registered_at desc, node_id")
                .param("owner", query.ownerId()).query(ROW).list();
    }

    @QueryHandler
    List<CityNodeView> handle(FindNodesByStatusQuery query) {
        return jdbc.sql("select * from city_node_view where status in (:statuses) order by registered_at, node_id")
                .param("statuses", query.statuses().stream().map(Enum::name).toList()).query(ROW).list();
    }

    @QueryHandler
    List<CityNodeView> handle(BrowseActiveNodesQuery query) {
        return jdbc.sql("select * from city_node_view where " + BROWSE_FILTER
                        + " order by lower(name), node_id offset :offset limit :limit")
                .params(filterParams(query.filter()))
                .param("offset", Math.max(0, query.offset()))
                .param("limit", Math.max(0, Math.min(query.limit(), 500)))
                .query(ROW).list();
    }

    @QueryHandler
    Long handle(CountActiveNodesQuery query) {
        return jdbc.sql("select count(*) from city_node_view where " + BROWSE_FILTER)
                .params(filterParams(query.filter())).query(Long.class).single();
    }

    private static final String BROWSE_FILTER = """
            status = 'ACTIVE'
            and lower(city) like :city escape '\\'
            and lower(region) like :region escape '\\'""";

    private static java.util.Map<String, Object> filterParams(NodeFilter filter) {
        return java.util.Map.of("city", containing(filter == null ? null : filter.city()),
                "region", containing(filter == null ? null : filter.region()));
    }

    /** A LIKE pattern matching values that contain {@code text}, with the user's wildcards taken literally. */
    private static String containing(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private void setStatus(String nodeId, NodeStatus status, String reason, long version) {
        jdbc.sql("update city_node_view set status = :status, status_reason = :reason, version = :version "
                        + "where node_id = :id and version < :version")
                .param("id", nodeId).param("status", status.name()).param("reason", reason).param("version", version)
                .update();
        emit(nodeId);
    }

    private void changeReserved(String nodeId, Capacity delta, long version) {
        jdbc.sql("""
                update city_node_view set reserved_tps = reserved_tps + :tps,
                    reserved_storage_gb = reserved_storage_gb + :storage,
                    reserved_bandwidth_mbps = reserved_bandwidth_mbps + :bandwidth, version = :version
                where node_id = :id and version < :version""")
                .param("id", nodeId).param("version", version)
                .param("tps", delta.tps()).param("storage", delta.storageGb()).param("bandwidth", delta.bandwidthMbps())
                .update();
        emit(nodeId);
    }

    private void changeHeld(String nodeId, Capacity delta, long version) {
        jdbc.sql("""
                update city_node_view set held_tps = held_tps + :tps, held_storage_gb = held_storage_gb + :storage,
                    held_bandwidth_mbps = held_bandwidth_mbps + :bandwidth, version = :version
                where node_id = :id and version < :version""")
                .param("id", nodeId).param("version", version)
                .param("tps", delta.tps()).param("storage", delta.storageGb()).param("bandwidth", delta.bandwidthMbps())
                .update();
        emit(nodeId);
    }

    private void followVersion(String nodeId, long version) {
        jdbc.sql("update city_node_view set version = :version where node_id = :id and version < :version")
                .param("id", nodeId).param("version", version).update();
        emit(nodeId);
    }

    private void emit(String nodeId) {
        handle(new FindCityNodeQuery(nodeId)).ifPresent(view ->
                emitter.emit(FindCityNodeQuery.class, q -> q.nodeId().equals(nodeId), view));
    }
}
