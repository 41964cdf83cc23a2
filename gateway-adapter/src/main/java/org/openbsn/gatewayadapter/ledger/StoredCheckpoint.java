package org.openbsn.gatewayadapter.ledger;

import java.util.Optional;
import java.util.OptionalLong;

import org.hyperledger.fabric.client.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A listener's position as stored in {@code ledger_event_checkpoint}: the block and transaction of its last event. */
record StoredCheckpoint(long blockNumber, String transactionId) implements Checkpoint {

    /** The listener's position, recording {@code startBlock} for a listener that has none yet. */
    static StoredCheckpoint load(JdbcClient jdbc, String listener, String channel, String chaincode, long startBlock) {
        jdbc.sql("""
                INSERT INTO ledger_event_checkpoint (listener, channel_id, chaincode, block_number)
                VALUES (:listener, :channel, :chaincode, :block) ON CONFLICT (listener) DO NOTHING""")
                .param("listener", listener).param("channel", channel).param("chaincode", chaincode)
                .param("block", startBlock).update();
        return jdbc.sql("""
                SELECT channel_id, chaincode, block_number, transaction_id
                FROM ledger_event_checkpoint WHERE listener = :listener""")
                .param("listener", listener)
                .query((row, n) -> {
                    if (!row.getString("channel_id").equals(channel) || !row.getString("chaincode").equals(chaincode)) {
                        throw new IllegalStateException("listener " + listener + " already follows " + row.getString("chaincode")
                                + " on " + row.getString("channel_id") + "; give the new listener another name");
                    }
                    return new StoredCheckpoint(row.getLong("block_number"), row.getString("transaction_id"));
                })
                .single();
    }

    /** Records {@code event} as handled; call inside the handler's transaction. */
    static void record(JdbcClient jdbc, String listener, LedgerEvent event) {
        jdbc.sql("""
                UPDATE ledger_event_checkpoint SET block_number = :block, transaction_id = :tx, updated_at = now()
                WHERE listener = :listener""")
                .param("block", event.blockNumber()).param("tx", event.transactionId()).param("listener", listener)
                .update();
    }

    /** Records that the block listener handled every block before {@code nextBlock}; call inside the handler's transaction. */
    static void recordNextBlock(JdbcClient jdbc, String listener, long nextBlock) {
        jdbc.sql("""
                UPDATE ledger_event_checkpoint SET block_number = :block, transaction_id = '', updated_at = now()
                WHERE listener = :listener""")
                .param("block", nextBlock).param("listener", listener).update();
    }

    @Override
    public OptionalLong getBlockNumber() {
        return OptionalLong.of(blockNumber);
    }

    @Override
    public Optional<String> getTransactionId() {
        return transactionId.isEmpty() ? Optional.empty() : Optional.of(transactionId);
    }
}
