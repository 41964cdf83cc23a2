-- Read model of the ordering-clusters projection (rebuilt by replay): which cluster orders each application.
create table ordering_cluster_assignment (
    application_id varchar(64)  not null primary key,
    cluster_id     varchar(40)  not null,
    tps            integer      not null
);
create index ordering_cluster_assignment_cluster on ordering_cluster_assignment (cluster_id);

-- Read model of the channels projection (rebuilt by replay). Member MSP ids are comma-joined (they hold no commas).
create table channel_view (
    channel_id     varchar(250)  not null primary key,
    application_id varchar(64)   not null,
    cluster_id     varchar(40)   not null,
    member_msp_ids varchar(2000) not null
);

create table channel_peer (
    channel_id varchar(250) not null,
    node_id    varchar(64)  not null,
    peer_id    varchar(20)  not null,
    sequence   bigint       not null,
    primary key (channel_id, node_id, peer_id)
);

create table channel_chaincode (
    channel_id varchar(250) not null,
    name       varchar(100) not null,
    kind       varchar(40)  not null,
    package_id varchar(300) not null,
    sequence   integer      not null,
    primary key (channel_id, name)
);
