package org.openbsn.accounts.command;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Password hashes, kept out of the event store so that auditors who read the history never see
 * them and a changed password leaves no trace of the old one. The unique e-mail column is the
 * claim that makes one address one account.
 */
@Component
class CredentialStore {

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the credentials; false when the e-mail address already has an account. */
    boolean claim(String accountId, String email, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("""
                        insert into account_credential (account_id, email, password_hash, must_change_password)
                        values (:id, :email, :hash, :mustChange)
                        on conflict do nothing""")
                .param("id", accountId).param("email", email).param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .update() == 1;
    }

    void replacePassword(String accountId, String passwordHash) {
        jdbc.sql("""
                update account_credential set password_hash = :hash, must_change_password = false, updated_at = now()
                where account_id = :id""")
                .param("id", accountId).param("hash", passwordHash)
                .update();
    }

    Optional<StoredCredential> findByEmail(String email) {
        return jdbc.sql("select account_id, password_hash, must_change_password from account_credential where email = :email")
                .param("email", email)
                .query((rs, row) -> new StoredCredential(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    record StoredCredential(String accountId, String passwordHash, boolean mustChangePassword) {
    }
}
