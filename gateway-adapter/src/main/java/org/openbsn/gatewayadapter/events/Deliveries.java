package org.openbsn.gatewayadapter.events;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.gatewayadapter.api.EventSubscriptionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Callbacks to send, in {@code gateway_event_delivery}, and every send in {@code
 * gateway_event_delivery_attempt}. Instances claim due callbacks with {@code FOR UPDATE SKIP
 * LOCKED} for a while, so several portals never send the same callback at once; a claim that
 * expires (its instance stopped) is taken over.
 */
@Component
class Deliveries {

    /** A claimed callback: where it goes and what it says. */
    record Delivery(long id, String eventId, String userCode, String appCode, String notifyUrl, String body, int sends) {
    }

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    Deliveries(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Adds a callback for {@code subscription}, once per event; call inside the follower's transaction. */
    void enqueue(EventSubscriptionView subscription, long blockNumber, String txId, ObjectNode body) {
        jdbc.sql("""
                insert into gateway_event_delivery (event_id, block_number, tx_id, user_code, app_code, notify_url, body)
                values (:event, :block, :tx, :user, :app, :url, :body)
                on conflict (event_id, block_number, tx_id) do nothing""")
                .param("event", subscription.eventId()).param("block", blockNumber).param("tx", txId)
                .param("user", subscription.userCode()).param("app", subscription.appCode())
                .param("url", subscription.notifyUrl()).param("body", body.toString()).update();
    }

    /** Claims up to {@code limit} due callbacks for {@code claim}; callbacks of removed subscriptions are dropped first. */
    List<Delivery> claimDue(int limit, Duration claim) {
        return transactions.execute(status -> {
            jdbc.sql("""
                    update gateway_event_delivery set status = 'CANCELLED', claimed_until = null
                    where status = 'PENDING' and event_id in
                        (select event_id from gateway_event_subscription_view where not active)""").update();
            return jdbc.sql("""
                    update gateway_event_delivery set claimed_until = now() + make_interval(secs => :claim)
                    where id in (select id from gateway_event_delivery
                                 where status = 'PENDING' and next_attempt_at <= now()
                                   and (claimed_until is null or claimed_until < now())
                                 order by next_attempt_at limit :limit for update skip locked)
                    returning id, event_id, user_code, app_code, notify_url, body, sends""")
                    .param("claim", claim.toMillis() / 1000.0).param("limit", limit)
                    .query((row, n) -> new Delivery(row.getLong("id"), row.getString("event_id"), row.getString("user_code"),
                            row.getString("app_code"), row.getString("notify_url"), row.getString("body"), row.getInt("sends")))
                    .list();
        });
    }

    /**
     * Records one send and what follows: delivered, another send after {@code retryIn}, or failed
     * when {@code retryIn} is null and the send did not succeed.
     */
    void recordSend(Delivery delivery, Integer httpStatus, String error, boolean delivered, Duration retryIn) {
        String outcome = delivered ? "DELIVERED" : retryIn != null ? "RETRY" : "FAILED";
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into gateway_event_delivery_attempt (delivery_id, attempt, http_status, error, outcome)
                    values (:id, :attempt, :status, :error, :outcome)""")
                    .param("id", delivery.id()).param("attempt", delivery.sends() + 1).param("status", httpStatus)
                    .param("error", error).param("outcome", outcome).update();
            jdbc.sql("""
                    update gateway_event_delivery set sends = sends + 1, claimed_until = null,
                        status = case when :outcome = 'RETRY' then 'PENDING' else :outcome end,
                        next_attempt_at = now() + make_interval(secs => :retry)
                    where id = :id""")
                    .param("id", delivery.id()).param("outcome", outcome)
                    .param("retry", retryIn == null ? 0.0 : retryIn.toMillis() / 1000.0).update();
        });
    }
}
