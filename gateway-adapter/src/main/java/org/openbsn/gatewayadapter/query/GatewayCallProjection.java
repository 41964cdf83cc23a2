package org.openbsn.gatewayadapter.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import org.openbsn.gatewayadapter.api.GatewayCallsAuditedEvent;
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

    /** Audit events arrive all the time under load: project up to 100 of them per transaction, not one. */
    @Autowired
    void configure(EventProcessingConfigurer configurer) {
        configurer.registerPooledStreamingEventProcessorConfiguration(NAME, (configuration, builder) -> builder.batchSize(100));
    }

    /** A call recorded alone, as every call was before calls were recorded together. */
    @EventHandler
    void on(GatewayCallAuditedEvent event, @MessageIdentifier String eventId, @Timestamp Instant time) {
        insert(List.of(event), List.of(eventId), time);
    }

    /** Calls recorded together: the {@code i}-th is kept as {@code eventId#i}, so a redelivery is stored once. */
    @EventHandler
    void on(GatewayCallsAuditedEvent event, @MessageIdentifier String eventId, @Timestamp Instant time) {
        List<GatewayCallAuditedEvent> calls = event.calls();
        List<String> ids = IntStream.range(0, calls.size()).mapToObj(i -> String.format("%s#%03d", eventId, i)).toList();
        insert(calls, ids, time);
    }

    /** One statement for all the calls of an event. */
    private void insert(List<GatewayCallAuditedEvent> calls, List<String> ids, Instant time) {
        if (calls.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into gateway_call_view (event_id, user_code, app_code, user_name, function_name, path, allowed,
                    transaction_id, outcome, called_at)
                values """);
        Map<String, Object> values = new HashMap<>();
        OffsetDateTime at = time.atOffset(ZoneOffset.UTC);
        for (int i = 0; i < calls.size(); i++) {
            GatewayCallAuditedEvent call = calls.get(i);
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :user").append(i).append(", :app").append(i)
                    .append(", :name").append(i).append(", :function").append(i).append(", :path").append(i)
                    .append(", :allowed").append(i).append(", :tx").append(i).append(", :outcome").append(i).append(", :at)");
            values.put("id" + i, ids.get(i));
            values.put("user" + i, text(call.userCode()));
            values.put("app" + i, text(call.appCode()));
            values.put("name" + i, text(call.userName()));
            values.put("function" + i, text(call.function()));
            values.put("path" + i, call.path());
            values.put("allowed" + i, call.allowed());
            values.put("tx" + i, text(call.transactionId()));
            values.put("outcome" + i, text(call.outcome()));
        }
        values.put("at", at);
        jdbc.sql(sql.append(" on conflict (event_id) do nothing").toString()).params(values).update();
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
                order by called_at desc, event_id desc limit :limit offset :offset""")
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
