package org.openbsn.orderingbridge.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.orderingbridge.api.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each application channel with its cluster, members, endorsement rule, joined peers and chaincode; the height comes from the ledger. */
@Component
@ProcessingGroup(ChannelProjection.NAME)
class ChannelProjection {

    static final String NAME = "channels";

    private final JdbcClient jdbc;
    private final ChannelAdministration ledger;

    ChannelProjection(JdbcClient jdbc, ChannelAdministration ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @EventHandler
    void on(ChannelCreatedEvent event) {
        jdbc.sql("""
                insert into channel_view (channel_id, application_id, cluster_id, member_msp_ids, endorsement_kind,
                    endorsement_n)
                values (:channel, :app, :cluster, :members, :kind, :n) on conflict (channel_id) do nothing""")
                .param("channel", event.channelId()).param("app", event.applicationId())
                .param("cluster", event.clusterId()).param("members", String.join(",", event.memberMspIds()))
                .param("kind", event.endorsement().kind().name()).param("n", event.endorsement().n())
                .update();
    }

    @EventHandler
    void on(PeerJoinedChannelEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                insert into channel_peer (channel_id, node_id, peer_id, sequence) values (:channel, :node, :peer, :sequence)
                on conflict (channel_id, node_id, peer_id) do nothing""")
                .param("channel", event.channelId()).param("node", event.nodeId()).param("peer", event.peerId())
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(ChaincodeDeployedEvent event) {
        jdbc.sql("""
                insert into channel_chaincode (channel_id, name, kind, package_id, sequence)
                values (:channel, :name, :kind, :package, :sequence)
                on conflict (channel_id, name) do update set kind = excluded.kind, package_id = excluded.package_id,
                    sequence = excluded.sequence where channel_chaincode.sequence < excluded.sequence""")
                .param("channel", event.channelId()).param("name", event.chaincodeName())
                .param("kind", event.source().kind())
                .param("package", event.source().packageId() == null ? "" : event.source().packageId())
                .param("sequence", event.sequence()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from channel_chaincode").update();
        jdbc.sql("delete from channel_peer").update();
        jdbc.sql("delete from channel_view").update();
    }

    @QueryHandler
    Optional<ChannelView> handle(FindChannelQuery query) {
        String channelId = query.channelId();
        return jdbc.sql("select * from channel_view where channel_id = :channel").param("channel", channelId)
                .query((rs, row) -> new ChannelView(channelId, rs.getString("application_id"), rs.getString("cluster_id"),
                        Arrays.asList(rs.getString("member_msp_ids").split(",")),
                        new Endorsement(Endorsement.Kind.valueOf(rs.getString("endorsement_kind")), rs.getInt("endorsement_n")),
                        peers(channelId), chaincodes(channelId), ledger.height(channelId)))
                .optional();
    }

    private List<JoinedPeer> peers(String channelId) {
        return jdbc.sql("select node_id, peer_id from channel_peer where channel_id = :channel order by sequence")
                .param("channel", channelId)
                .query((rs, row) -> new JoinedPeer(rs.getString("node_id"), rs.getString("peer_id"))).list();
    }

    private List<String> chaincodes(String channelId) {
        return jdbc.sql("select name from channel_chaincode where channel_id = :channel order by name")
                .param("channel", channelId).query(String.class).list();
    }
}
