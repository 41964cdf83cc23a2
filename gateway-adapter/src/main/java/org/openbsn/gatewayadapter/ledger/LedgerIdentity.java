package org.openbsn.gatewayadapter.ledger;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** Who signs: an organisation's member certificate and its private key. */
public record LedgerIdentity(String mspId, X509Certificate certificate, PrivateKey privateKey) {
}
