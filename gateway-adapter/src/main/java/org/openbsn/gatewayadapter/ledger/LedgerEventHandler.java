package org.openbsn.gatewayadapter.ledger;

/**
 * Handles one chaincode event. It runs inside the database transaction that also records the
 * listener's checkpoint: whatever it writes through the same data source commits or rolls back
 * with it, and an exception makes the event come again.
 */
@FunctionalInterface
public interface LedgerEventHandler {

    void handle(LedgerEvent event);
}
