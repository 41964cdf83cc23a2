package org.openbsn.gatewayadapter.keys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The secrets of applications' users (BSN's user/register), kept only as bcrypt hashes in
 * {@code gateway_user_secret}, outside the event store.
 */
public class UserSecrets {

    private final JdbcClient jdbc;
    private final PasswordEncoder hashes;

    public UserSecrets(JdbcClient jdbc, int bcryptStrength) {
        this.jdbc = jdbc;
        this.hashes = new BCryptPasswordEncoder(bcryptStrength);
    }

    /** Keeps the secret's hash; false when the application already has a user of this name. */
    public boolean claim(String appCode, String name, String secret) {
        return jdbc.sql("""
                insert into gateway_user_secret (app_code, name, secret_hash) values (:app, :name, :hash)
                on conflict do nothing""")
                .param("app", appCode).param("name", name).param("hash", hashes.encode(secret)).update() == 1;
    }

    /** True when {@code secret} is the one the user was registered with. */
    public boolean matches(String appCode, String name, String secret) {
        return jdbc.sql("select secret_hash from gateway_user_secret where app_code = :app and name = :name")
                .param("app", appCode).param("name", name).query(String.class).optional()
                .map(hash -> hashes.matches(secret == null ? "" : secret, hash)).orElse(false);
    }
}
