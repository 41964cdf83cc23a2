package org.openbsn.noderegistry.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.noderegistry.PeerSettings;
import org.openbsn.noderegistry.api.*;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How much of each node is reserved, over time and on each peer of its pool: the owner's utilisation page. */
@Component
@ProcessingGroup(NodeUtilisationProjection.NAME)
class NodeUtilisationProjection {

    static final String NAME = "node-utilisation";

    private static final RowMapper<UtilisationPoint> POINT = (rs, row) -> new UtilisationPoint(
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            new Capacity(rs.getInt("tps"), rs.getInt("storage_gb"), rs.getInt("bandwidth_mbps")),
            new Capacity(rs.getInt("reserved_tps"), rs.getInt("reserved_storage_gb"), rs.getInt("reserved_bandwidth_mbps")));

    private final JdbcClient jdbc;
    private final PeerSettings peers;

    NodeUtilisationProjection(JdbcClient jdbc, PeerSettings peers) {
        this.jdbc = jdbc;
        this.peers = peers;
    }

    @EventHandler
    void on(CityNodeRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insertPoint(event.nodeId(), sequence, new UtilisationPoint(at, event.capacity(), Capacity.NONE));
    }

    @EventHandler
    void on(CityNodeCapacityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        follow(event.nodeId(), sequence, point -> new UtilisationPoint(at, event.capacity(), point.reserved()));
    }

    @EventHandler
    void on(NodeCapacityReservedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        follow(event.nodeId(), sequence,
                point -> new UtilisationPoint(at, point.capacity(), point.reserved().plus(event.capacity())));
    }

    @EventHandler
    void on(NodeCapacityReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        follow(event.nodeId(), sequence,
                point -> new UtilisationPoint(at, point.capacity(), point.reserved().minus(event.capacity())));
    }

    @EventHandler
    void on(PeerAllocatedEvent event) {
        jdbc.sql("""
                insert into node_peer (node_id, peer_id, peer_number, dedicated) values (:node, :peer, :number, :dedicated)
                on conflict (node_id, peer_id) do nothing""")
                .param("node", event.nodeId()).param("peer", event.peerId())
                .param("number", Integer.parseInt(event.peerId().substring("peer".length())))
                .param("dedicated", event.dedicated()).update();
        jdbc.sql("""
                insert into node_peer_application (node_id, application_id, peer_id, tps) values (:node, :app, :peer, :tps)
                on conflict (node_id, application_id) do nothing""")
                .param("node", event.nodeId()).param("app", event.applicationId()).param("peer", event.peerId())
                .param("tps", event.tps()).update();
    }

    /** A dedicated peer leaves the pool with its application; an emptied shared peer stays. */
    @EventHandler
    void on(PeerReleasedEvent event) {
        jdbc.sql("delete from node_peer_application where node_id = :node and application_id = :app")
                .param("node", event.nodeId()).param("app", event.applicationId()).update();
        jdbc.sql("delete from node_peer where node_id = :node and peer_id = :peer and dedicated")
                .param("node", event.nodeId()).param("peer", event.peerId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from node_peer_application").update();
        jdbc.sql("delete from node_peer").update();
        jdbc.sql("delete from node_utilisation_point").update();
    }

    @QueryHandler
    Optional<NodeUtilisation> handle(FindNodeUtilisationQuery query) {
        return latest(query.nodeId(), Long.MAX_VALUE).map(point ->
                new NodeUtilisation(query.nodeId(), point.capacity(), point.reserved(), peersOf(query.nodeId())));
    }

    @QueryHandler
    List<UtilisationPoint> handle(FindNodeUtilisationHistoryQuery query) {
        return jdbc.sql("select * from node_utilisation_point where node_id = :node order by sequence")
                .param("node", query.nodeId()).query(POINT).list();
    }

    private List<PeerUtilisation> peersOf(String nodeId) {
        record Row(String peerId, boolean dedicated, String applicationId, int tps) {
        }
        Map<String, List<Row>> byPeer = new LinkedHashMap<>();
        jdbc.sql("""
                select p.peer_id, p.dedicated, a.application_id, coalesce(a.tps, 0) as tps
                from node_peer p left join node_peer_application a on a.node_id = p.node_id and a.peer_id = p.peer_id
                where p.node_id = :node order by p.peer_number, a.application_id""")
                .param("node", nodeId)
                .query((rs, n) -> new Row(rs.getString("peer_id"), rs.getBoolean("dedicated"),
                        rs.getString("application_id"), rs.getInt("tps")))
                .list().forEach(row -> byPeer.computeIfAbsent(row.peerId(), id -> new ArrayList<>()).add(row));
        return byPeer.values().stream().map(rows -> {
            Row first = rows.get(0);
            int allocated = rows.stream().mapToInt(Row::tps).sum();
            List<String> applications = rows.stream().map(Row::applicationId).filter(Objects::nonNull).toList();
            return new PeerUtilisation(first.peerId(), first.dedicated(), allocated,
                    first.dedicated() ? allocated : peers.sharedPeerTps(), applications);
        }).toList();
    }

    private void follow(String nodeId, long sequence, UnaryOperator<UtilisationPoint> change) {
        latest(nodeId, sequence).ifPresent(point -> insertPoint(nodeId, sequence, change.apply(point)));
    }

    private Optional<UtilisationPoint> latest(String nodeId, long before) {
        return jdbc.sql("""
                select * from node_utilisation_point where node_id = :node and sequence < :before
                order by sequence desc limit 1""")
                .param("node", nodeId).param("before", before).query(POINT).optional();
    }

    private void insertPoint(String nodeId, long sequence, UtilisationPoint point) {
        jdbc.sql("""
                insert into node_utilisation_point (node_id, sequence, occurred_at, tps, storage_gb, bandwidth_mbps,
                    reserved_tps, reserved_storage_gb, reserved_bandwidth_mbps)
                values (:node, :sequence, :at, :tps, :storage, :bandwidth, :rTps, :rStorage, :rBandwidth)
                on conflict (node_id, sequence) do nothing""")
                .param("node", nodeId).param("sequence", sequence).param("at", point.at().atOffset(ZoneOffset.UTC))
                .param("tps", point.capacity().tps()).param("storage", point.capacity().storageGb())
                .param("bandwidth", point.capacity().bandwidthMbps())
                .param("rTps", point.reserved().tps()).param("rStorage", point.reserved().storageGb())
                .param("rBandwidth", point.reserved().bandwidthMbps())
                .update();
    }
}
