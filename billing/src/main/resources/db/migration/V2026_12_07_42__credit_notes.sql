-- Command side: credit notes are numbered in their own series per year.
create table billing_credit_note_counter (
    year        integer not null primary key,
    last_number bigint  not null
);

-- The billing-invoices projection keeps credit notes beside invoices: a credit note names the invoice it credits.
alter table billing_invoice_view add column credits varchar(32);
alter table billing_invoice_view add column reason  varchar(500);
