package org.openbsn.billing.command;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives invoices numbers in sequence per year (BSN-2026-000001, BSN-2026-000002, …), credit notes in a series
 * of their own (BSN-CN-2026-000001, …). The counter row stays locked until the events are stored, so a failed
 * payment or refund leaves no gap.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        long number = jdbc.sql("""
                insert into billing_invoice_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = billing_invoice_counter.last_number + 1
                returning last_number""")
                .param("year", year).query(Long.class).single();
        return String.format("BSN-%d-%06d", year, number);
    }

    String nextCreditNote(Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        long number = jdbc.sql("""
                insert into billing_credit_note_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = billing_credit_note_counter.last_number + 1
                returning last_number""")
                .param("year", year).query(Long.class).single();
        return String.format("BSN-CN-%d-%06d", year, number);
    }
}
