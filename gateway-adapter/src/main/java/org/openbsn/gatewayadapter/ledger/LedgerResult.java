package org.openbsn.gatewayadapter.ledger;

/**
 * What a ledger call returned: the transaction id, the block a submitted transaction was committed
 * in ({@link #NOT_IN_A_BLOCK} for an evaluation), and the chaincode's answer.
 */
public record LedgerResult(String transactionId, long blockNumber, byte[] payload) {

    public static final long NOT_IN_A_BLOCK = -1;
}
