package org.openbsn.gatewayadapter.api;

/**
 * A participant's keys: the public key its calls are signed with ({@code accessKeyHosted} when the
 * gateway made it and keeps the private key for download), and its default transaction identity
 * ({@code ""} until one is issued).
 */
public record ParticipantKeysView(String userCode, String accessPublicKeyPem, boolean accessKeyHosted,
                                  String identityMspId, String identityCertificatePem, long version) {
}
