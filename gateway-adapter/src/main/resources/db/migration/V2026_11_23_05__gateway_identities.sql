-- Command side of the smart gateway, outside the event store: nothing here is ever in an event.

-- Private keys the gateway holds (participants' access and transaction keys, key-trust users' keys),
-- sealed with AES-256-GCM: format byte, 12-byte IV, ciphertext and tag; the key id is bound in.
create table gateway_private_key (
    key_id     varchar(200) not null primary key,
    sealed     bytea        not null,
    created_at timestamptz  not null default now()
);

-- bcrypt hashes of the secrets of applications' users (user/register); the key claims the name.
create table gateway_user_secret (
    app_code    varchar(64)  not null,
    name        varchar(64)  not null,
    secret_hash varchar(100) not null,
    primary key (app_code, name)
);

-- Nonces of reqChainCode calls, one use per participant: a replayed call is refused.
create table gateway_nonce (
    user_code varchar(64)  not null,
    nonce     varchar(128) not null,
    used_at   timestamptz  not null default now(),
    primary key (user_code, nonce)
);

-- Read models of the gateway's projections (rebuilt by replay).
create table gateway_application_view (
    app_code   varchar(64)  not null primary key,
    name       varchar(100) not null,
    channel_id varchar(249) not null,
    msp_id     varchar(64)  not null,
    chaincode  varchar(100) not null,
    mode       varchar(20)  not null,
    version    bigint       not null
);

create table gateway_function_view (
    app_code           varchar(64)  not null,
    name               varchar(64)  not null,
    chaincode_function varchar(200) not null,
    type               varchar(10)  not null,
    position           integer      not null,
    primary key (app_code, name)
);

-- functions: the role's function names joined by commas (names never hold one)
create table gateway_role_view (
    app_code  varchar(64) not null,
    role      varchar(64) not null,
    functions text        not null,
    position  integer     not null,
    primary key (app_code, role)
);

create table gateway_member_view (
    app_code  varchar(64) not null,
    user_code varchar(64) not null,
    version   bigint      not null,
    primary key (app_code, user_code)
);

create table gateway_member_role_view (
    app_code  varchar(64) not null,
    user_code varchar(64) not null,
    role      varchar(64) not null,
    position  integer     not null,
    primary key (app_code, user_code, role)
);

create table gateway_participant_view (
    user_code                varchar(64) not null primary key,
    access_public_key_pem    text        not null default '',
    access_key_hosted        boolean     not null default false,
    identity_msp_id          varchar(64) not null default '',
    identity_certificate_pem text        not null default '',
    version                  bigint      not null
);

create table gateway_user_view (
    app_code        varchar(64) not null,
    name            varchar(64) not null,
    user_code       varchar(64) not null,
    msp_id          varchar(64) not null default '',
    certificate_pem text        not null default '',
    version         bigint      not null,
    primary key (app_code, name)
);
