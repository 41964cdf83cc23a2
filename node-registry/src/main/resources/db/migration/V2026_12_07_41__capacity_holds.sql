-- Capacity held by orders at the checkout (city-nodes projection, rebuilt by replay).
alter table city_node_view add column held_tps            integer not null default 0;
alter table city_node_view add column held_storage_gb     integer not null default 0;
alter table city_node_view add column held_bandwidth_mbps integer not null default 0;

-- Read model of the city-node-holds projection (rebuilt by replay): each hold and when it ends.
create table city_node_hold (
    node_id  varchar(64) not null,
    order_id       varchar(64) not null,
    application_id varchar(64) not null,
    tps            integer     not null,
    storage_gb     integer     not null,
    bandwidth_mbps integer     not null,
    until          timestamptz not null,
    primary key (node_id, order_id)
);
create index city_node_hold_until on city_node_hold (until);
create index city_node_hold_application on city_node_hold (application_id);
