-- Uploaded chaincode package files (the system of record for their bytes), written with the upload's event.
create table marketplace_package_file (
    fabric_package_id varchar(200) not null primary key,
    sha256            char(64)     not null,
    size_bytes        bigint       not null,
    bytes             bytea        not null,
    stored_at         timestamptz  not null
);

-- Packages as the portal shows them (read model, rebuilt by replay): the whole package as JSON.
create table marketplace_package_view (
    package_id  varchar(64)  not null primary key,
    author_id   varchar(64)  not null,
    name        varchar(200) not null,
    document    jsonb        not null,
    created_at  timestamptz  not null,
    version     bigint       not null
);
create index marketplace_package_view_author on marketplace_package_view (author_id, created_at desc);

-- One row per version (read model), to find a version by Fabric package id and the versions awaiting review.
create table marketplace_version_view (
    fabric_package_id varchar(200) not null primary key,
    package_id        varchar(64)  not null,
    version           varchar(100) not null,
    status            varchar(32)  not null,
    submitted_at      timestamptz  not null
);
create index marketplace_version_view_status on marketplace_version_view (status, submitted_at);
