package org.openbsn.gatewayadapter.api;

/** The private access key the gateway made for the participant, for it to download. */
public record FindHostedAccessKeyQuery(String userCode) {
}
