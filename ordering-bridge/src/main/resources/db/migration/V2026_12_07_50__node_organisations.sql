-- Read model of the node-organisation-view projection (rebuilt by replay): each city node's Fabric organisation.
create table node_organisation (
    node_id    varchar(64)  not null primary key,
    msp_id     varchar(64)  not null unique,
    ca_pem     text         not null,
    tls_ca_pem text         not null
);

-- Read model of the same projection: each node's enrolled peers and where they listen.
create table node_organisation_peer (
    node_id   varchar(64)  not null,
    peer_name varchar(20)  not null,
    msp_id    varchar(64)  not null,
    host      varchar(255) not null,
    port      integer      not null,
    primary key (node_id, peer_name)
);
