-- Command side: each earning is paid out by one payout only.
create table billing_payout_claim (
    order_id  varchar(64) not null,
    node_id   varchar(64) not null,
    payout_id varchar(64) not null,
    primary key (order_id, node_id)
);

-- Read model of the billing-payouts projection (rebuilt by replay).
create table billing_payout_view (
    payout_id  varchar(64)   not null primary key,
    payee_id   varchar(64)   not null,
    amount     numeric(14,2) not null,
    currency   varchar(3)    not null,
    earnings   integer       not null,
    provider   varchar(20)   not null,
    reference  varchar(255)  not null,
    paid_at    timestamptz   not null,
    version    bigint        not null
);
create index billing_payout_view_payee on billing_payout_view (payee_id, paid_at);
