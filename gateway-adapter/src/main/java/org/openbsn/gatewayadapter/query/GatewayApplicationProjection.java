package org.openbsn.gatewayadapter.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.api.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The permission store the gateway checks calls against: applications, their functions and roles, and members' roles. */
@Component
@ProcessingGroup(GatewayApplicationProjection.NAME)
class GatewayApplicationProjection {

    static final String NAME = "gateway-applications";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;
    private final ServingCache cache;

    GatewayApplicationProjection(JdbcClient jdbc, QueryUpdateEmitter emitter, ServingCache cache) {
        this.jdbc = jdbc;
        this.emitter = emitter;
        this.cache = cache;
    }

    @EventHandler
    void on(GatewayApplicationDefinedEvent event, @SequenceNumber long version) {
        cache.changed();
        int changed = jdbc.sql("""
                insert into gateway_application_view (app_code, name, channel_id, msp_id, chaincode, mode, version)
                values (:app, :name, :channel, :msp, :chaincode, :mode, :version)
                on conflict (app_code) do update set name = excluded.name, channel_id = excluded.channel_id,
                    msp_id = excluded.msp_id, chaincode = excluded.chaincode, mode = excluded.mode, version = excluded.version
                where gateway_application_view.version < excluded.version""")
                .param("app", event.appCode()).param("name", event.name()).param("channel", event.channelId())
                .param("msp", event.mspId()).param("chaincode", event.chaincode()).param("mode", event.mode().name())
                .param("version", version).update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("delete from gateway_function_view where app_code = :app").param("app", event.appCode()).update();
        jdbc.sql("delete from gateway_role_view where app_code = :app").param("app", event.appCode()).update();
        int position = 0;
        for (ApplicationFunction function : event.functions()) {
            jdbc.sql("""
                    insert into gateway_function_view (app_code, name, chaincode_function, type, position)
                    values (:app, :name, :target, :type, :position)""")
                    .param("app", event.appCode()).param("name", function.name())
                    .param("target", function.chaincodeFunction()).param("type", function.type().name())
                    .param("position", position++).update();
        }
        for (ApplicationRole role : event.roles()) {
            jdbc.sql("""
                    insert into gateway_role_view (app_code, role, functions, position)
                    values (:app, :role, :functions, :position)""")
                    .param("app", event.appCode()).param("role", role.name())
                    .param("functions", String.join(",", role.functions())).param("position", position++).update();
        }
        handle(new FindGatewayApplicationQuery(event.appCode())).ifPresent(view -> emitter.emit(
                FindGatewayApplicationQuery.class, query -> query.appCode().equals(event.appCode()), view));
    }

    @EventHandler
    void on(ParticipantAdmittedEvent event, @SequenceNumber long version) {
        cache.changed();
        int changed = jdbc.sql("""
                insert into gateway_member_view (app_code, user_code, version) values (:app, :user, :version)
                on conflict (app_code, user_code) do update set version = excluded.version
                where gateway_member_view.version < excluded.version""")
                .param("app", event.appCode()).param("user", event.userCode()).param("version", version).update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("delete from gateway_member_role_view where app_code = :app and user_code = :user")
                .param("app", event.appCode()).param("user", event.userCode()).update();
        int position = 0;
        for (String role : event.roles()) {
            jdbc.sql("""
                    insert into gateway_member_role_view (app_code, user_code, role, position)
                    values (:app, :user, :role, :position)""")
                    .param("app", event.appCode()).param("user", event.userCode()).param("role", role)
                    .param("position", position++).update();
        }
        FindGatewayMemberQuery find = new FindGatewayMemberQuery(event.appCode(), event.userCode());
        handle(find).ifPresent(view -> emitter.emit(FindGatewayMemberQuery.class, find::equals, view));
    }

    @EventHandler
    void on(GatewayQuotaSetEvent event, @SequenceNumber long version) {
        cache.changed();
        int changed = jdbc.sql("""
                insert into gateway_quota_view (app_code, node_code, tps, version) values (:app, :node, :tps, :version)
                on conflict (app_code, node_code) do update set tps = excluded.tps, version = excluded.version
                where gateway_quota_view.version < excluded.version""")
                .param("app", event.appCode()).param("node", event.nodeCode()).param("tps", event.tps())
                .param("version", version).update();
        if (changed > 0) {
            FindGatewayQuotaQuery find = new FindGatewayQuotaQuery(event.appCode(), event.nodeCode());
            handle(find).ifPresent(view -> emitter.emit(FindGatewayQuotaQuery.class, find::equals, view));
        }
    }

    @ResetHandler
    void reset() {
        cache.changed();
        jdbc.sql("delete from gateway_quota_view").update();
        jdbc.sql("delete from gateway_member_role_view").update();
        jdbc.sql("delete from gateway_member_view").update();
        jdbc.sql("delete from gateway_role_view").update();
        jdbc.sql("delete from gateway_function_view").update();
        jdbc.sql("delete from gateway_application_view").update();
    }

    @QueryHandler
    Optional<GatewayApplicationView> handle(FindGatewayApplicationQuery query) {
        String app = query.appCode();
        List<ApplicationFunction> functions = jdbc.sql("""
                select name, chaincode_function, type from gateway_function_view where app_code = :app order by position""")
                .param("app", app)
                .query((rs, row) -> new ApplicationFunction(rs.getString(1), rs.getString(2), FunctionType.valueOf(rs.getString(3))))
                .list();
        List<ApplicationRole> roles = jdbc.sql("select role, functions from gateway_role_view where app_code = :app order by position")
                .param("app", app)
                .query((rs, row) -> new ApplicationRole(rs.getString(1),
                        rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split(","))))
                .list();
        return jdbc.sql("select * from gateway_application_view where app_code = :app").param("app", app)
                .query((rs, row) -> new GatewayApplicationView(app, rs.getString("name"), rs.getString("channel_id"),
                        rs.getString("msp_id"), rs.getString("chaincode"), CertificateMode.valueOf(rs.getString("mode")),
                        functions, roles, rs.getLong("version")))
                .optional();
    }

    @QueryHandler
    Optional<GatewayMemberView> handle(FindGatewayMemberQuery query) {
        List<String> roles = jdbc.sql("""
                select role from gateway_member_role_view where app_code = :app and user_code = :user order by position""")
                .param("app", query.appCode()).param("user", query.userCode()).query(String.class).list();
        return jdbc.sql("select version from gateway_member_view where app_code = :app and user_code = :user")
                .param("app", query.appCode()).param("user", query.userCode())
                .query((rs, row) -> new GatewayMemberView(query.appCode(), query.userCode(), roles, rs.getLong(1)))
                .optional();
    }

    @QueryHandler
    Optional<GatewayQuotaView> handle(FindGatewayQuotaQuery query) {
        return jdbc.sql("select tps, version from gateway_quota_view where app_code = :app and node_code = :node")
                .param("app", query.appCode()).param("node", query.nodeCode())
                .query((rs, row) -> new GatewayQuotaView(query.appCode(), query.nodeCode(), rs.getInt(1), rs.getLong(2)))
                .optional();
    }

    @QueryHandler
    List<GatewayMemberView> handle(FindMembershipsQuery query) {
        return jdbc.sql("select app_code from gateway_member_view where user_code = :user order by app_code")
                .param("user", query.userCode()).query(String.class).list().stream()
                .flatMap(app -> handle(new FindGatewayMemberQuery(app, query.userCode())).stream())
                .toList();
    }
}
