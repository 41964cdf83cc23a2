package org.openbsn.billing.query;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.billing.api.FindPayoutQuery;
import org.openbsn.billing.api.FindPayoutsQuery;
import org.openbsn.billing.api.PayoutPaidEvent;
import org.openbsn.billing.api.PayoutView;
import org.openbsn.infra.money.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payouts read model: what each node owner or author was paid out, and how. */
@Component
@ProcessingGroup(PayoutProjection.NAME)
class PayoutProjection {

    static final String NAME = "billing-payouts";

    private static final RowMapper<PayoutView> ROW = (rs, row) -> new PayoutView(rs.getString("payout_id"),
            rs.getString("payee_id"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getInt("earnings"),
            rs.getString("provider"), rs.getString("reference"), rs.getTimestamp("paid_at").toInstant(), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    PayoutProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(PayoutPaidEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                insert into billing_payout_view (payout_id, payee_id, amount, currency, earnings, provider, reference,
                    paid_at, version)
                values (:id, :payee, :amount, :currency, :earnings, :provider, :reference, :at, :version)
                on conflict (payout_id) do nothing""")
                .param("id", event.payoutId()).param("payee", event.payeeId()).param("amount", event.amount().amount())
                .param("currency", event.amount().currency()).param("earnings", event.earnings().size())
                .param("provider", event.provider()).param("reference", event.reference())
                .param("at", Timestamp.from(event.paidAt())).param("version", version)
                .update();
        handle(new FindPayoutQuery(event.payoutId())).ifPresent(view ->
                emitter.emit(FindPayoutQuery.class, q -> q.payoutId().equals(event.payoutId()), view));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from billing_payout_view").update();
    }

    @QueryHandler
    Optional<PayoutView> handle(FindPayoutQuery query) {
        return jdbc.sql("select * from billing_payout_view where payout_id = :id").param("id", query.payoutId())
                .query(ROW).optional();
    }

    @QueryHandler
    List<PayoutView> handle(FindPayoutsQuery query) {
        return jdbc.sql("select * from billing_payout_view where payee_id = :payee order by paid_at desc, payout_id")
                .param("payee", query.payeeId()).query(ROW).list();
    }
}
