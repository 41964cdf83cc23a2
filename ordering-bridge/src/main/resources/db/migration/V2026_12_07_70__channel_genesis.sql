-- Each channel's genesis block on a real network (not a read model: written when the orderers join the channel).
create table channel_genesis (
    channel_id varchar(250) not null primary key,
    block      bytea        not null
);
