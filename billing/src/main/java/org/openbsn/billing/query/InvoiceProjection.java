package org.openbsn.billing.query;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.billing.api.*;
import org.openbsn.infra.error.ReasonColumn;
import org.openbsn.infra.money.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The invoices read model: a buyer's invoices and credit notes, and each as a printable document (HTML or PDF). */
@Component
@ProcessingGroup(InvoiceProjection.NAME)
class InvoiceProjection {

    static final String NAME = "billing-invoices";

    private static final RowMapper<InvoiceView> ROW = (rs, row) -> {
        String currency = rs.getString("currency");
        return new InvoiceView(
                rs.getString("invoice_number"),
                rs.getString("order_id"),
                rs.getString("buyer_id"),
                new OrderSubject(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id")),
                rs.getInt("years"),
                Json.lines(rs.getString("lines")),
                new Money(rs.getBigDecimal("platform_fee"), currency),
                new Money(rs.getBigDecimal("total"), currency),
                rs.getString("provider"),
                rs.getString("payment_reference"),
                rs.getTimestamp("paid_at").toInstant(),
                rs.getString("credits"),
                ReasonColumn.read(rs.getString("reason")));
    };

    private final JdbcClient jdbc;
    private final InvoicePdf pdf;

    InvoiceProjection(JdbcClient jdbc, InvoicePdf pdf) {
        this.jdbc = jdbc;
        this.pdf = pdf;
    }

    @EventHandler
    void on(InvoiceIssuedEvent event) {
        jdbc.sql("""
                insert into billing_invoice_view (invoice_number, order_id, buyer_id, subject_kind, subject_id, years,
                    lines, platform_fee, total, currency, provider, payment_reference, paid_at)
                values (:number, :order, :buyer, :kind, :subject, :years, :lines, :fee, :total, :currency, :provider,
                    :reference, :paidAt)
                on conflict (invoice_number) do nothing""")
                .param("number", event.invoiceNumber()).param("order", event.orderId()).param("buyer", event.buyerId())
                .param("kind", event.subject().kind().name()).param("subject", event.subject().subjectId())
                .param("years", event.years()).param("lines", Json.write(event.lines()))
                .param("fee", event.platformFee().amount()).param("total", event.total().amount())
                .param("currency", event.total().currency()).param("provider", event.provider())
                .param("reference", event.paymentReference()).param("paidAt", Timestamp.from(event.paidAt()))
                .update();
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event) {
        jdbc.sql("""
                insert into billing_invoice_view (invoice_number, order_id, buyer_id, subject_kind, subject_id, years,
                    lines, platform_fee, total, currency, provider, payment_reference, paid_at, credits, reason)
                values (:number, :order, :buyer, :kind, :subject, :years, :lines, :fee, :total, :currency, :provider,
                    :reference, :issuedAt, :credits, :reason)
                on conflict (invoice_number) do nothing""")
                .param("number", event.creditNoteNumber()).param("order", event.orderId()).param("buyer", event.buyerId())
                .param("kind", event.subject().kind().name()).param("subject", event.subject().subjectId())
                .param("years", event.years()).param("lines", Json.write(event.lines()))
                .param("fee", event.platformFee().amount()).param("total", event.total().amount())
                .param("currency", event.total().currency()).param("provider", event.provider())
                .param("reference", event.refundReference()).param("issuedAt", Timestamp.from(event.issuedAt()))
                .param("credits", event.credits()).param("reason", ReasonColumn.write(event.reason()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from billing_invoice_view").update();
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoiceQuery query) {
        return jdbc.sql("select * from billing_invoice_view where invoice_number = :number")
                .param("number", query.invoiceNumber()).query(ROW).optional();
    }

    @QueryHandler
    List<InvoiceView> handle(FindInvoicesByBuyerQuery query) {
        return jdbc.sql("select * from billing_invoice_view where buyer_id = :buyer order by paid_at desc, invoice_number desc")
                .param("buyer", query.buyerId()).query(ROW).list();
    }

    @QueryHandler
    Optional<InvoiceDocument> handle(RenderInvoiceQuery query) {
        return handle(new FindInvoiceQuery(query.invoiceNumber())).map(InvoiceHtml::render);
    }

    @QueryHandler
    Optional<InvoiceDocument> handle(RenderInvoicePdfQuery query) {
        return handle(new FindInvoiceQuery(query.invoiceNumber())).map(invoice -> pdf.render(invoice, query.buyerName()));
    }
}
