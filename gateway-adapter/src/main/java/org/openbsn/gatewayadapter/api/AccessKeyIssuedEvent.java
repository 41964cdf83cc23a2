package org.openbsn.gatewayadapter.api;

/** The gateway made the participant's access key; its private key is kept encrypted outside the event store. */
public record AccessKeyIssuedEvent(String userCode, String publicKeyPem) {
}
