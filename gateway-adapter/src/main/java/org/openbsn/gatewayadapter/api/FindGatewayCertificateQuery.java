package org.openbsn.gatewayadapter.api;

/** The PEM certificate business systems verify the gateway's replies with. */
public record FindGatewayCertificateQuery() {
}
