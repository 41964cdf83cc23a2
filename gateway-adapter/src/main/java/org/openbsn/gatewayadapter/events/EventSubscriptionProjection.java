package org.openbsn.gatewayadapter.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.gatewayadapter.api.EventSubscriptionRegisteredEvent;
import org.openbsn.gatewayadapter.api.EventSubscriptionRemovedEvent;
import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.EventSubscriptionView;
import org.openbsn.gatewayadapter.api.FindEventSubscriptionQuery;
import org.openbsn.gatewayadapter.api.FindEventSubscriptionsQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Event subscriptions in {@code gateway_event_subscription_view}: what the followers match and event/query lists. */
@Component
@ProcessingGroup(EventSubscriptionProjection.NAME)
class EventSubscriptionProjection {

    static final String NAME = "gateway-event-subscriptions";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    EventSubscriptionProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(EventSubscriptionRegisteredEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                insert into gateway_event_subscription_view (event_id, app_code, user_code, event_type, channel_id,
                    chaincode, event_key, notify_url, attach_args, start_block, created_at, active, version)
                values (:id, :app, :user, :type, :channel, :chaincode, :key, :url, :args, :start, :created, true, :version)
                on conflict (event_id) do nothing""")
                .param("id", event.eventId()).param("app", event.appCode()).param("user", event.userCode())
                .param("type", event.type().name()).param("channel", event.channelId()).param("chaincode", event.chaincode())
                .param("key", event.eventKey()).param("url", event.notifyUrl()).param("args", event.attachArgs())
                .param("start", event.startBlock()).param("created", Timestamp.from(event.createdAt()))
                .param("version", version).update();
        emit(event.eventId());
    }

    @EventHandler
    void on(EventSubscriptionRemovedEvent event, @SequenceNumber long version) {
        jdbc.sql("update gateway_event_subscription_view set active = false, version = :version where event_id = :id")
                .param("id", event.eventId()).param("version", version).update();
        emit(event.eventId());
    }

    private void emit(String eventId) {
        FindEventSubscriptionQuery find = new FindEventSubscriptionQuery(eventId);
        handle(find).ifPresent(view -> emitter.emit(FindEventSubscriptionQuery.class, find::equals, view));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from gateway_event_subscription_view").update();
    }

    @QueryHandler
    Optional<EventSubscriptionView> handle(FindEventSubscriptionQuery query) {
        return jdbc.sql("select * from gateway_event_subscription_view where event_id = :id").param("id", query.eventId())
                .query(EventSubscriptionProjection::view).optional();
    }

    @QueryHandler
    List<EventSubscriptionView> handle(FindEventSubscriptionsQuery query) {
        return jdbc.sql("""
                select * from gateway_event_subscription_view where app_code = :app and user_code = :user and active
                order by created_at, event_id""")
                .param("app", query.appCode()).param("user", query.userCode())
                .query(EventSubscriptionProjection::view).list();
    }

    static EventSubscriptionView view(ResultSet row, int number) throws SQLException {
        return new EventSubscriptionView(row.getString("event_id"), row.getString("app_code"), row.getString("user_code"),
                EventSubscriptionType.valueOf(row.getString("event_type")), row.getString("channel_id"),
                row.getString("chaincode"), row.getString("event_key"), row.getString("notify_url"),
                row.getString("attach_args"), row.getLong("start_block"), row.getTimestamp("created_at").toInstant(),
                row.getBoolean("active"), row.getLong("version"));
    }
}
