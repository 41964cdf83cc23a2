package org.openbsn.gatewayadapter.query;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.gatewayadapter.api.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Participants' keys: the public access key their calls are checked with, and their default transaction identity. */
@Component
@ProcessingGroup(GatewayParticipantProjection.NAME)
class GatewayParticipantProjection {

    static final String NAME = "gateway-participants";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;
    private final ServingCache cache;

    GatewayParticipantProjection(JdbcClient jdbc, QueryUpdateEmitter emitter, ServingCache cache) {
        this.jdbc = jdbc;
        this.emitter = emitter;
        this.cache = cache;
    }

    @EventHandler
    void on(AccessKeyIssuedEvent event, @SequenceNumber long version) {
        cache.changed();
        accessKey(event.userCode(), event.publicKeyPem(), true, version);
    }

    @EventHandler
    void on(AccessKeyUploadedEvent event, @SequenceNumber long version) {
        cache.changed();
        accessKey(event.userCode(), event.publicKeyPem(), false, version);
    }

    @EventHandler
    void on(ParticipantIdentityIssuedEvent event, @SequenceNumber long version) {
        cache.changed();
        jdbc.sql("""
                insert into gateway_participant_view (user_code, identity_msp_id, identity_certificate_pem, version)
                values (:user, :msp, :certificate, :version)
                on conflict (user_code) do update set identity_msp_id = excluded.identity_msp_id,
                    identity_certificate_pem = excluded.identity_certificate_pem, version = excluded.version
                where gateway_participant_view.version < excluded.version""")
                .param("user", event.userCode()).param("msp", event.mspId()).param("certificate", event.certificatePem())
                .param("version", version).update();
        emit(event.userCode());
    }

    private void accessKey(String userCode, String publicKeyPem, boolean hosted, long version) {
        jdbc.sql("""
                insert into gateway_participant_view (user_code, access_public_key_pem, access_key_hosted, version)
                values (:user, :key, :hosted, :version)
                on conflict (user_code) do update set access_public_key_pem = excluded.access_public_key_pem,
                    access_key_hosted = excluded.access_key_hosted, version = excluded.version
                where gateway_participant_view.version < excluded.version""")
                .param("user", userCode).param("key", publicKeyPem).param("hosted", hosted).param("version", version)
                .update();
        emit(userCode);
    }

    private void emit(String userCode) {
        FindParticipantKeysQuery find = new FindParticipantKeysQuery(userCode);
        handle(find).ifPresent(view -> emitter.emit(FindParticipantKeysQuery.class, find::equals, view));
    }

    @ResetHandler
    void reset() {
        cache.changed();
        jdbc.sql("delete from gateway_participant_view").update();
    }

    @QueryHandler
    Optional<ParticipantKeysView> handle(FindParticipantKeysQuery query) {
        return jdbc.sql("select * from gateway_participant_view where user_code = :user").param("user", query.userCode())
                .query((rs, row) -> new ParticipantKeysView(query.userCode(), rs.getString("access_public_key_pem"),
                        rs.getBoolean("access_key_hosted"), rs.getString("identity_msp_id"),
                        rs.getString("identity_certificate_pem"), rs.getLong("version")))
                .optional();
    }
}
