-- Event subscriptions of the smart gateway (event/register, blockRegister): the read model the
-- followers match events against and event/query lists (rebuilt by replay).
create table gateway_event_subscription_view (
    event_id    varchar(32)   not null primary key,
    app_code    varchar(64)   not null,
    user_code   varchar(64)   not null,
    event_type  varchar(10)   not null,
    channel_id  varchar(249)  not null,
    chaincode   varchar(100)  not null default '',
    event_key   varchar(256)  not null default '',
    notify_url  varchar(512)  not null,
    attach_args varchar(1024) not null default '',
    start_block bigint        not null,
    created_at  timestamptz   not null,
    active      boolean       not null,
    version     bigint        not null
);
create index gateway_event_subscription_owner on gateway_event_subscription_view (app_code, user_code);
create index gateway_event_subscription_followed on gateway_event_subscription_view (channel_id, chaincode) where active;

-- Callbacks to send: one per matching subscription and event (or block), written in the same
-- transaction as the follower's checkpoint. body is the callback body's JSON, keys in mac order;
-- its nonceStr stays the same for every send. A sender claims a row until claimed_until.
create table gateway_event_delivery (
    id              bigserial     primary key,
    event_id        varchar(32)   not null,
    block_number    bigint        not null,
    tx_id           varchar(128)  not null default '',
    user_code       varchar(64)   not null,
    app_code        varchar(64)   not null,
    notify_url      varchar(512)  not null,
    body            text          not null,
    status          varchar(10)   not null default 'PENDING',
    sends           integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    claimed_until   timestamptz,
    created_at      timestamptz   not null default now(),
    unique (event_id, block_number, tx_id)
);
create index gateway_event_delivery_due on gateway_event_delivery (next_attempt_at) where status = 'PENDING';

-- Every send of a callback: when, the HTTP status (null when none came) or the error, and the outcome.
create table gateway_event_delivery_attempt (
    delivery_id  bigint       not null references gateway_event_delivery (id),
    attempt      integer      not null,
    attempted_at timestamptz  not null default now(),
    http_status  integer,
    error        text         not null default '',
    outcome      varchar(10)  not null,
    primary key (delivery_id, attempt)
);
