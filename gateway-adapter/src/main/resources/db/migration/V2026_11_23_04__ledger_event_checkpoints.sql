-- Where each chaincode-event listener has got to: the block and the transaction of the last event it
-- handled. Written in the same transaction as the handler's own changes, so that after a restart
-- every event is handled exactly once.
CREATE TABLE ledger_event_checkpoint (
    listener       VARCHAR(200) PRIMARY KEY,
    channel_id     VARCHAR(250) NOT NULL,
    chaincode      VARCHAR(250) NOT NULL,
    block_number   BIGINT       NOT NULL,
    transaction_id VARCHAR(128) NOT NULL DEFAULT '',
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
