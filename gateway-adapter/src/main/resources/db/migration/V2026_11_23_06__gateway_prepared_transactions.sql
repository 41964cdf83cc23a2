-- Transactions of public-key-upload users endorsed by /node/trans/prepare and waiting for the
-- creator's signature (/node/trans/commit). prepared holds fabric-gateway's PreparedTransaction
-- bytes; creator_pem is the certificate that must have signed the envelope payload. A row is
-- committed at most once: committed_at is set before the transaction is sent to the orderer.
create table gateway_prepared_transaction (
    tx_id        varchar(128) not null primary key,
    app_code     varchar(64)  not null,
    user_code    varchar(64)  not null,
    user_name    varchar(64)  not null,
    function     varchar(64)  not null,
    creator_pem  text         not null,
    prepared     bytea        not null,
    result       bytea        not null,
    expires_at   timestamptz  not null,
    committed_at timestamptz,
    block_number bigint,
    status       integer
);

create index gateway_prepared_transaction_expiry on gateway_prepared_transaction (expires_at);
