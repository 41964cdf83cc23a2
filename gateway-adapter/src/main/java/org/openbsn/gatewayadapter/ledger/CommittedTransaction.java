package org.openbsn.gatewayadapter.ledger;

/** A transaction the orderer took: its block and Fabric's validation code for it (0 = VALID). */
public record CommittedTransaction(String transactionId, long blockNumber, int validationCode) {

    public boolean valid() {
        return validationCode == 0;
    }
}
