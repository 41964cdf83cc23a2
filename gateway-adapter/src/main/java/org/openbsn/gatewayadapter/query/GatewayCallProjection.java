package org.openbsn.gatewayadapter.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.gatewayadapter.api.CallRate;
import org.openbsn.gatewayadapter.api.FindCallRatesQuery;
import org.openbsn.gatewayadapter.api.FindGatewayCallsQuery;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayCallView;
import org.openbsn.gatewayadapter.api.GatewayCallsPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each participant's gateway calls, allowed or denied, from the audit events: "Recent calls" in the portal. */
@Component
@ProcessingGroup(GatewayCallProjection.NAME)
class GatewayCallProjection {

    static final String NAME = "gateway-calls";

    private final JdbcClient jdbc;

    GatewayCallProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every gateway call is audited: under load, record them up to 100 events to a transaction, not one. */
    @Autowired
    void configure(EventProcessingConfigurer configurer) {
        configurer.registerPooledStreamingEventProcessorConfiguration(NAME, (configuration, builder) -> builder.batchSize(100));
    }

    @EventHandler
    void on(GatewayCallAuditedEvent event, @MessageIdentifier String eventId,
            @Timestamp Instant time) {
        jdbc.sql("""
                insert into gateway_call_view (event_id, user_code, app_code, user_name, function_name, path, allowed,
                    transaction_id, outcome, called_at)
                values (:id, :user, :app, :name, :function, :path, :allowed, :tx, :outcome, :at)
                on conflict (event_id) do nothing""")
                .param("id", eventId).param("user", text(event.userCode())).param("app", text(event.appCode()))
                .param("name", text(event.userName())).param("function", text(event.function()))
                .param("path", event.path()).param("allowed", event.allowed())
                .param("tx", text(event.transactionId())).param("outcome", text(event.outcome()))
                .param("at", time.atOffset(ZoneOffset.UTC)).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from gateway_call_view").update();
    }

    @QueryHandler
    GatewayCallsPage handle(FindGatewayCallsQuery query) {
        long total = jdbc.sql("select count(*) from gateway_call_view where user_code = :user")
                .param("user", query.userCode()).query(Long.class).single();
        var calls = jdbc.sql("""
                select * from gateway_call_view where user_code = :user
                order by called_at desc, event_id limit :limit offset :offset""")
                .param("user", query.userCode()).param("limit", query.limit()).param("offset", query.offset())
                .query((rs, row) -> new GatewayCallView(rs.getString("app_code"), rs.getString("user_name"),
                        rs.getString("function_name"), rs.getString("path"), rs.getBoolean("allowed"),
                        rs.getString("transaction_id"), rs.getString("outcome"),
                        rs.getObject("called_at", OffsetDateTime.class).toInstant()))
                .list();
        return new GatewayCallsPage(calls, total);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Buckets with no call are left out; the chart reads them as zero. */
    @QueryHandler
    List<CallRate> handle(FindCallRatesQuery query) {
        return jdbc.sql("""
                select to_timestamp(floor(extract(epoch from called_at) / :bucket) * :bucket) as bucket_start,
                       count(*) as calls, count(*) filter (where allowed) as allowed
                from gateway_call_view
                where app_code = :app and called_at >= :from and called_at < :to
                group by bucket_start order by bucket_start""")
                .param("bucket", query.bucketSeconds()).param("app", query.appCode())
                .param("from", java.sql.Timestamp.from(query.from())).param("to", java.sql.Timestamp.from(query.to()))
                .query((rs, row) -> new CallRate(rs.getObject("bucket_start", OffsetDateTime.class).toInstant(),
                        rs.getLong("calls"), rs.getLong("allowed")))
                .list();
    }
}
