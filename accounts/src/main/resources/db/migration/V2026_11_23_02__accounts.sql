-- Credentials: owned by the command side, never in the event stream.
create table account_credential (
    account_id           varchar(64)  not null primary key,
    email                varchar(254) not null unique,
    password_hash        varchar(100) not null,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);

-- Read model of the accounts projection (rebuilt by replay).
create table account_view (
    account_id   varchar(64)  not null primary key,
    email        varchar(254) not null,
    display_name varchar(80)  not null,
    roles        varchar(200) not null,
    language     varchar(10)  not null,
    version      bigint       not null
);
create index account_view_email on account_view (email);
