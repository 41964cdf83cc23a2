-- Read model of the licence-packages projection (rebuilt by replay): each submitted version's name, author and
-- pricing; approved_at marks the listed ones, the latest approved giving the package's price.
create table licence_package_version (
    package_id  varchar(64)   not null,
    version     varchar(64)   not null,
    name        varchar(200)  not null,
    author_id   varchar(64)   not null,
    price_type  varchar(20)   not null,
    price       numeric(14,2) not null,
    currency    varchar(3)    not null,
    approved_at timestamptz,
    primary key (package_id, version)
);

-- Read model of the licence-view projection (rebuilt by replay).
create table licence_view (
    licence_id     varchar(64)   not null primary key,
    package_id     varchar(64)   not null,
    package_name   varchar(200)  not null,
    author_id      varchar(64)   not null,
    buyer_id       varchar(64)   not null,
    scope          varchar(20)   not null,
    application_id varchar(64),
    price_type     varchar(20)   not null,
    price          numeric(14,2) not null,
    currency       varchar(3)    not null,
    years          integer       not null,
    order_id       varchar(64),
    status         varchar(20)   not null,
    status_reason  varchar(1000),
    requested_at   timestamptz   not null,
    granted_at     timestamptz,
    valid_until    timestamptz,
    version        bigint        not null
);
create index licence_view_buyer on licence_view (buyer_id, package_id, status);
create index licence_view_expiry on licence_view (status, valid_until);
