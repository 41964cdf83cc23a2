package org.openbsn.gatewayadapter.ledger;

/** A committed block as block listeners see it: its channel, number, and the previous block's hash in lowercase hex. */
public record LedgerBlock(String channel, long number, String previousHash) {
}
