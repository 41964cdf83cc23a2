-- Command side: invoice numbers in sequence per year.
create table billing_invoice_counter (
    year        integer not null primary key,
    last_number bigint  not null
);

-- Command side: Stripe webhook events already applied (each applied once).
create table billing_stripe_event (
    event_id    varchar(255) not null primary key,
    event_type  varchar(100) not null,
    received_at timestamptz  not null default now()
);
