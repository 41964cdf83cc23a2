package org.openbsn.gatewayadapter.ledger;

/**
 * A proposal the peers endorsed: the chaincode's answer and the fabric-gateway PreparedTransaction
 * ({@code preparedBytes}, kept until it is committed), whose envelope payload its creator must sign.
 */
public record EndorsedTransaction(String transactionId, byte[] result, byte[] preparedBytes) {
}
