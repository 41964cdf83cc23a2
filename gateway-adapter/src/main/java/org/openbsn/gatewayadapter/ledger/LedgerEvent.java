package org.openbsn.gatewayadapter.ledger;

/** A chaincode event as committed: where it is on the ledger, its name and its payload. */
public record LedgerEvent(String channel, String chaincode, long blockNumber, String transactionId, String name,
                          byte[] payload) {
}
