package org.openbsn.gatewayadapter.ledger;

/** A peer's Gateway endpoint and the PEM of the CA that signed its TLS certificate. */
public record LedgerEndpoint(String host, int port, String tlsCaPem) {
}
