package org.openbsn.gatewayadapter.api;

/** The participant uploaded the public key its calls are signed with; the gateway holds no private key for it. */
public record AccessKeyUploadedEvent(String userCode, String publicKeyPem) {
}
