-- The TPS each application has bought on each city node (read model, rebuilt by replay).
create table gateway_quota_view (
    app_code  varchar(64) not null,
    node_code varchar(64) not null,
    tps       integer     not null,
    version   bigint      not null,
    primary key (app_code, node_code)
);
