-- Read model of the node-organisation-view projection (rebuilt by replay): each city node's Fabric organisation.
create table node_organisation (
    node_id    varchar(64)  not null primary key,
    msp_id     varchar(64)  not null unique,
    ca_pem     text         not null,
    tls_ca_pem text         not null
);
