package org.openbsn.billing.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.error.ReasonColumn;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The orders read model: an order's status for the buyer, the publishing process and the application dashboard. */
@Component
@ProcessingGroup(OrderProjection.NAME)
class OrderProjection {

    static final String NAME = "billing-orders";

    private static final RowMapper<OrderView> ROW = (rs, row) -> new OrderView(
            rs.getString("order_id"),
            rs.getString("buyer_id"),
            new OrderSubject(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id")),
            Json.quote(rs.getString("quote")),
            OrderStatus.valueOf(rs.getString("status")),
            ReasonColumn.read(rs.getString("status_reason")),
            rs.getTimestamp("placed_at").toInstant(),
            rs.getTimestamp("paid_at") == null ? null : rs.getTimestamp("paid_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    OrderProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                insert into billing_order_view (order_id, buyer_id, subject_kind, subject_id, quote, status, placed_at,
                    version)
                values (:id, :buyer, :kind, :subject, :quote, 'AWAITING_PAYMENT', :at, :version)
                on conflict (order_id) do nothing""")
                .param("id", event.orderId()).param("buyer", event.buyerId())
                .param("kind", event.subject().kind().name()).param("subject", event.subject().subjectId())
                .param("quote", Json.write(event.quote())).param("at", Timestamp.from(event.placedAt()))
                .param("version", version)
                .update();
        emit(event.orderId());
    }

    @EventHandler
    void on(CheckoutStartedEvent event, @SequenceNumber long version) {
        setStatus(event.orderId(), OrderStatus.AWAITING_PAYMENT, null, null, version);
    }

    @EventHandler
    void on(PaymentConfirmedEvent event, @SequenceNumber long version) {
        setStatus(event.orderId(), OrderStatus.PAID, null, event.paidAt(), version);
    }

    @EventHandler
    void on(PaymentFailedEvent event, @SequenceNumber long version) {
        setStatus(event.orderId(), OrderStatus.PAYMENT_FAILED, event.reason(), null, version);
    }

    @EventHandler
    void on(OrderRefundedEvent event, @SequenceNumber long version) {
        setStatus(event.orderId(), OrderStatus.REFUNDED, event.reason(), null, version);
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long version) {
        touch(event.orderId(), version);
    }

    @EventHandler
    void on(EarningAccruedEvent event, @SequenceNumber long version) {
        touch(event.orderId(), version);
    }

    @EventHandler
    void on(EarningReversedEvent event, @SequenceNumber long version) {
        touch(event.orderId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from billing_order_view").update();
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        return jdbc.sql("select * from billing_order_view where order_id = :id").param("id", query.orderId())
                .query(ROW).optional();
    }

    @QueryHandler
    List<OrderView> handle(FindOrdersBySubjectQuery query) {
        return jdbc.sql("select * from billing_order_view where subject_id = :subject order by placed_at desc, order_id")
                .param("subject", query.subjectId()).query(ROW).list();
    }

    @QueryHandler
    List<OrderView> handle(FindOrdersByBuyerQuery query) {
        return jdbc.sql("select * from billing_order_view where buyer_id = :buyer order by placed_at desc, order_id")
                .param("buyer", query.buyerId()).query(ROW).list();
    }

    /** A paid order keeps its payment time; other changes leave it as it was. */
    private void setStatus(String orderId, OrderStatus status, Reason reason, Instant paidAt, long version) {
        jdbc.sql("""
                update billing_order_view set status = :status, status_reason = :reason,
                    paid_at = coalesce(:paidAt, paid_at), version = :version
                where order_id = :id and version < :version""")
                .param("id", orderId).param("status", status.name()).param("reason", ReasonColumn.write(reason))
                .param("paidAt", paidAt == null ? null : Timestamp.from(paidAt)).param("version", version)
                .update();
        emit(orderId);
    }

    private void touch(String orderId, long version) {
        jdbc.sql("update billing_order_view set version = :version where order_id = :id and version < :version")
                .param("id", orderId).param("version", version).update();
        emit(orderId);
    }

    private void emit(String orderId) {
        handle(new FindOrderQuery(orderId)).ifPresent(view ->
                emitter.emit(FindOrderQuery.class, q -> q.orderId().equals(orderId), view));
    }
}
