package org.openbsn.gatewayadapter.endpoint;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Endorsed transactions waiting for their creator's signature, kept in PostgreSQL so that a commit
 * may reach another portal instance or come after a restart. Each expires after
 * {@code bsn.gateway.prepared-transaction-ttl} (10 minutes unless configured) and is committed at most once.
 */
@Component
class PreparedTransactions {

    /** How long a transaction is remembered after it expired (to say "expired" or "already committed", not "unknown"). */
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Duration ttl;

    PreparedTransactions(JdbcClient jdbc, @Value("${bsn.gateway.prepared-transaction-ttl:10m}") Duration ttl) {
        this.jdbc = jdbc;
        this.ttl = ttl;
    }

    /** A prepared transaction: who prepared it, for which user and function, and where it stands. */
    record Prepared(String txId, String appCode, String userCode, String userName, String function, String creatorPem,
                    byte[] prepared, byte[] result, Instant expiresAt, boolean committed, Long blockNumber) {

        /** The envelope payload of fabric-gateway's PreparedTransaction: what the creator signs. */
        byte[] payloadToSign() {
            try {
                return PreparedTransaction.parseFrom(prepared).getEnvelope().getPayload().toByteArray();
            } catch (InvalidProtocolBufferException unreadable) {
                throw new IllegalStateException("a stored prepared transaction cannot be read", unreadable);
            }
        }
    }

    /**
     * Keeps a transaction until it expires and returns what is kept under its id. Preparing the same
     * proposal again returns the first endorsement while it is waiting (its payload may already be
     * signed), and replaces it only once it has expired. Rows older than a day are forgotten.
     */
    Prepared keep(String txId, String appCode, String userCode, String userName, String function, String creatorPem,
                 byte[] prepared, byte[] result) {
        Instant expiresAt = Instant.now().plus(ttl);
        jdbc.sql("delete from gateway_prepared_transaction where expires_at < :forgotten")
                .param("forgotten", at(Instant.now().minus(REMEMBERED))).update();
        jdbc.sql("""
                insert into gateway_prepared_transaction
                    (tx_id, app_code, user_code, user_name, function, creator_pem, prepared, result, expires_at)
                values (:tx, :app, :user, :name, :function, :creator, :prepared, :result, :expires)
                on conflict (tx_id) do update set prepared = excluded.prepared, result = excluded.result,
                    expires_at = excluded.expires_at
                where gateway_prepared_transaction.committed_at is null and gateway_prepared_transaction.expires_at < now()""")
                .param("tx", txId).param("app", appCode).param("user", userCode).param("name", userName)
                .param("function", function).param("creator", creatorPem).param("prepared", prepared)
                .param("result", result).param("expires", at(expiresAt)).update();
        return find(txId).orElseThrow();
    }

    Optional<Prepared> find(String txId) {
        return jdbc.sql("""
                select tx_id, app_code, user_code, user_name, function, creator_pem, prepared, result, expires_at,
                       committed_at is not null as committed, block_number
                from gateway_prepared_transaction where tx_id = :tx""")
                .param("tx", txId)
                .query((row, n) -> new Prepared(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBytes(7), row.getBytes(8),
                        row.getObject(9, OffsetDateTime.class).toInstant(), row.getBoolean(10),
                        (Long) row.getObject(11)))
                .optional();
    }

    /** Marks the transaction as being committed; false when it already is, or has expired meanwhile. */
    boolean claim(String txId) {
        return jdbc.sql("""
                update gateway_prepared_transaction set committed_at = now()
                where tx_id = :tx and committed_at is null and expires_at > now()""")
                .param("tx", txId).update() == 1;
    }

    /** Undoes a claim when the orderer was not reached, so that the commit can be sent again. */
    void release(String txId) {
        jdbc.sql("update gateway_prepared_transaction set committed_at = null where tx_id = :tx and block_number is null")
                .param("tx", txId).update();
    }

    void committed(String txId, long blockNumber, int status) {
        jdbc.sql("update gateway_prepared_transaction set block_number = :block, status = :status where tx_id = :tx")
                .param("block", blockNumber).param("status", status).param("tx", txId).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
