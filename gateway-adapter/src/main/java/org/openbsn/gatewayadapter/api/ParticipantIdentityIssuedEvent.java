package org.openbsn.gatewayadapter.api;

/**
 * The participant's default transaction identity: a client certificate of {@code mspId} whose
 * private key the gateway keeps encrypted; key-trust calls without a user name are signed with it.
 */
public record ParticipantIdentityIssuedEvent(String userCode, String mspId, String certificatePem) {
}
