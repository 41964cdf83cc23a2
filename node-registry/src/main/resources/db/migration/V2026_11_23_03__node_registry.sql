-- Command side: one live node name per owner.
create table node_name_claim (
    owner_id varchar(64)  not null,
    name_key varchar(80)  not null,
    node_id  varchar(64)  not null unique,
    primary key (owner_id, name_key)
);

-- Read model of the city-nodes projection (rebuilt by replay).
create table city_node_view (
    node_id                 varchar(64)   not null primary key,
    owner_id                varchar(64)   not null,
    name                    varchar(80)   not null,
    city                    varchar(60)   not null,
    region                  varchar(60)   not null,
    provider                varchar(60)   not null,
    gateway_url             varchar(255)  not null,
    status                  varchar(20)   not null,
    status_reason           varchar(500),
    tps                     integer       not null,
    storage_gb              integer       not null,
    bandwidth_mbps          integer       not null,
    reserved_tps            integer       not null default 0,
    reserved_storage_gb     integer       not null default 0,
    reserved_bandwidth_mbps integer       not null default 0,
    price_per_tps           numeric(12,2) not null,
    price_per_storage_gb    numeric(12,2) not null,
    price_per_bandwidth     numeric(12,2) not null,
    currency                varchar(3)    not null,
    registered_at           timestamptz   not null,
    version                 bigint        not null
);
create index city_node_view_owner on city_node_view (owner_id);
create index city_node_view_status on city_node_view (status, registered_at);
create index city_node_view_browse on city_node_view (status, lower(city), lower(region), lower(name));

-- Read model of the city-node-history projection (rebuilt by replay).
create table city_node_history (
    node_id     varchar(64)  not null,
    sequence    bigint       not null,
    occurred_at timestamptz  not null,
    actor_id    varchar(64),
    action      varchar(40)  not null,
    detail      varchar(1000),
    primary key (node_id, sequence)
);
