package org.openbsn.gatewayadapter.query;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.gatewayadapter.api.*;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users participants registered in applications (BSN's sub-users), with their certificates once enrolled. */
@Component
@ProcessingGroup(GatewayUserProjection.NAME)
class GatewayUserProjection {

    static final String NAME = "gateway-users";

    private static final RowMapper<GatewayUserView> ROW = (rs, row) -> new GatewayUserView(rs.getString("app_code"),
            rs.getString("name"), rs.getString("user_code"), rs.getString("msp_id"), rs.getString("certificate_pem"),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;
    private final ServingCache cache;

    GatewayUserProjection(JdbcClient jdbc, QueryUpdateEmitter emitter, ServingCache cache) {
        this.jdbc = jdbc;
        this.emitter = emitter;
        this.cache = cache;
    }

    @EventHandler
    void on(GatewayUserRegisteredEvent event, @SequenceNumber long version) {
        cache.changed();
        jdbc.sql("""
                insert into gateway_user_view (app_code, name, user_code, version) values (:app, :name, :user, :version)
                on conflict (app_code, name) do nothing""")
                .param("app", event.appCode()).param("name", event.name()).param("user", event.userCode())
                .param("version", version).update();
        emit(event.appCode(), event.name());
    }

    @EventHandler
    void on(GatewayUserEnrolledEvent event, @SequenceNumber long version) {
        cache.changed();
        jdbc.sql("""
                update gateway_user_view set msp_id = :msp, certificate_pem = :certificate, version = :version
                where app_code = :app and name = :name and version < :version""")
                .param("app", event.appCode()).param("name", event.name()).param("msp", event.mspId())
                .param("certificate", event.certificatePem()).param("version", version).update();
        emit(event.appCode(), event.name());
    }

    private void emit(String appCode, String name) {
        FindGatewayUserQuery find = new FindGatewayUserQuery(appCode, name);
        handle(find).ifPresent(view -> emitter.emit(FindGatewayUserQuery.class, find::equals, view));
    }

    @ResetHandler
    void reset() {
        cache.changed();
        jdbc.sql("delete from gateway_user_view").update();
    }

    @QueryHandler
    Optional<GatewayUserView> handle(FindGatewayUserQuery query) {
        return jdbc.sql("select * from gateway_user_view where app_code = :app and name = :name")
                .param("app", query.appCode()).param("name", query.name()).query(ROW).optional();
    }

    @QueryHandler
    List<GatewayUserView> handle(FindGatewayUsersQuery query) {
        return jdbc.sql("select * from gateway_user_view where app_code = :app and user_code = :user order by name")
                .param("app", query.appCode()).param("user", query.userCode()).query(ROW).list();
    }
}
