-- The gateway's own signing identity when it is generated rather than configured: one row, made by
-- the first start. The private key is sealed in gateway_private_key under key_id.
create table gateway_signer (
    id              smallint     not null primary key default 1 check (id = 1),
    key_id          varchar(200) not null,
    certificate_pem text         not null,
    created_at      timestamptz  not null default now()
);

-- Read model "gateway-calls" (rebuilt by replay): every audited gateway call, for a participant's
-- "Recent calls". Names and functions are text, stored as the caller sent them; event_id is the
-- audit event's identifier, so a replayed event is stored once.
create table gateway_call_view (
    event_id       varchar(64)  not null primary key,
    user_code      text         not null,
    app_code       text         not null,
    user_name      text         not null,
    function_name  text         not null,
    path           text         not null,
    allowed        boolean      not null,
    transaction_id text         not null,
    outcome        text         not null,
    called_at      timestamptz  not null
);

create index gateway_call_view_by_caller on gateway_call_view (user_code, called_at desc);
