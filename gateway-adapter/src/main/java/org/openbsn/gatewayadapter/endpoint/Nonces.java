package org.openbsn.gatewayadapter.endpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The nonces each participant has used: the unique key makes a replayed call fail even when two arrive at once. */
@Component
class Nonces {

    static final int LONGEST = 128;

    private final JdbcClient jdbc;

    Nonces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the nonce; false when {@code userCode} used it before. */
    boolean claim(String userCode, String nonce) {
        return jdbc.sql("insert into gateway_nonce (user_code, nonce) values (:user, :nonce) on conflict do nothing")
                .param("user", userCode).param("nonce", nonce).update() == 1;
    }
}
