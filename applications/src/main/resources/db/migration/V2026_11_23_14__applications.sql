-- Applications as the portal shows them (read model, rebuilt by replay): the design and progress as JSON.
create table application_view (
    application_id varchar(64)  not null primary key,
    publisher_id   varchar(64)  not null,
    status         varchar(32)  not null,
    name           varchar(200) not null,
    document       jsonb        not null,
    created_at     timestamptz  not null,
    version        bigint       not null
);
create index application_view_publisher on application_view (publisher_id, created_at desc);
create index application_view_status on application_view (status);

-- Who takes part in which application (read model), so a participant finds their applications.
create table application_participant_view (
    application_id varchar(64) not null,
    account_id     varchar(64) not null,
    status         varchar(32) not null,
    primary key (application_id, account_id)
);
create index application_participant_view_account on application_participant_view (account_id);
