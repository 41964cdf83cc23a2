package org.openbsn.gatewayadapter.query;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may call, as the read models say: a member of a known application with an access key. A
 * refusal names what is missing: the application, the membership, or the key.
 */
@Component
class ProjectedCallers implements GatewayCallers {

    private final JdbcClient jdbc;
    private final Map<String, PublicKey> parsed = new ConcurrentHashMap<>();

    ProjectedCallers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKey accessKey(String userCode, String appCode) {
        Boolean member = jdbc.sql("""
                select exists (select 1 from gateway_member_view where app_code = :app and user_code = :user)
                from gateway_application_view where app_code = :app""")
                .param("app", appCode).param("user", userCode).query(Boolean.class).optional()
                .orElseThrow(() -> new GatewayRefusal("unknown application " + appCode));
        if (!member) {
            throw new GatewayRefusal("user " + userCode + " is not a member of application " + appCode);
        }
        String pem = jdbc.sql("select access_public_key_pem from gateway_participant_view where user_code = :user")
                .param("user", userCode).query(String.class).optional().orElse("");
        if (pem.isEmpty()) {
            throw new GatewayRefusal("user " + userCode + " has no access key; issue or upload one in the portal");
        }
        return parsed.computeIfAbsent(pem, Pems::p256PublicKey);
    }
}
