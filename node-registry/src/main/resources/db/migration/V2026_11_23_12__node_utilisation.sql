-- Read model of the node-utilisation projection (rebuilt by replay): the node's capacity and reserved
-- part after each change, and the applications on each peer of its pool.
create table node_utilisation_point (
    node_id                 varchar(64)  not null,
    sequence                bigint       not null,
    occurred_at             timestamptz  not null,
    tps                     integer      not null,
    storage_gb              integer      not null,
    bandwidth_mbps          integer      not null,
    reserved_tps            integer      not null,
    reserved_storage_gb     integer      not null,
    reserved_bandwidth_mbps integer      not null,
    primary key (node_id, sequence)
);

create table node_peer (
    node_id     varchar(64)  not null,
    peer_id     varchar(20)  not null,
    peer_number integer      not null,
    dedicated   boolean      not null,
    primary key (node_id, peer_id)
);

create table node_peer_application (
    node_id        varchar(64)  not null,
    application_id varchar(64)  not null,
    peer_id        varchar(20)  not null,
    tps            integer      not null,
    primary key (node_id, application_id)
);
