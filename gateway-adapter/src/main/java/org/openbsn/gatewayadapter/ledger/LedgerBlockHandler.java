package org.openbsn.gatewayadapter.ledger;

/**
 * Handles one committed block. Like {@link LedgerEventHandler}, it runs inside the database
 * transaction that also records the listener's checkpoint; an exception makes the block come again.
 */
@FunctionalInterface
public interface LedgerBlockHandler {

    void handle(LedgerBlock block);
}
