-- Read model of the billing-orders projection (rebuilt by replay).
create table billing_order_view (
    order_id      varchar(64)  not null primary key,
    buyer_id      varchar(64)  not null,
    subject_kind  varchar(30)  not null,
    subject_id    varchar(64)  not null,
    quote         text         not null,
    status        varchar(20)  not null,
    status_reason varchar(1000),
    placed_at     timestamptz  not null,
    paid_at       timestamptz,
    version       bigint       not null
);
create index billing_order_view_subject on billing_order_view (subject_id, placed_at);
create index billing_order_view_buyer on billing_order_view (buyer_id, placed_at);

-- Read model of the billing-invoices projection (rebuilt by replay).
create table billing_invoice_view (
    invoice_number    varchar(32)   not null primary key,
    order_id          varchar(64)   not null,
    buyer_id          varchar(64)   not null,
    subject_kind      varchar(30)   not null,
    subject_id        varchar(64)   not null,
    years             integer       not null,
    lines             text          not null,
    platform_fee      numeric(14,2) not null,
    total             numeric(14,2) not null,
    currency          varchar(3)    not null,
    provider          varchar(20)   not null,
    payment_reference varchar(255),
    paid_at           timestamptz   not null
);
create index billing_invoice_view_buyer on billing_invoice_view (buyer_id, paid_at);

-- Read model of the billing-earnings projection (rebuilt by replay).
create table billing_earning_view (
    order_id      varchar(64)   not null,
    node_id       varchar(64)   not null,
    owner_id      varchar(64)   not null,
    node_name     varchar(80)   not null,
    sales         numeric(14,2) not null,
    share         numeric(14,2) not null,
    currency      varchar(3)    not null,
    share_percent integer       not null,
    reversed      boolean       not null default false,
    accrued_at    timestamptz   not null,
    primary key (order_id, node_id)
);
create index billing_earning_view_owner on billing_earning_view (owner_id, accrued_at);
