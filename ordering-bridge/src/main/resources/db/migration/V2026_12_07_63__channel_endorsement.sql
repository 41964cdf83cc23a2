-- how many of a channel's organisations must endorse; channels created before were given Fabric's default
alter table channel_view add column endorsement_kind varchar(16) not null default 'MAJORITY';
alter table channel_view add column endorsement_n integer not null default 0;
