package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The participant's own access key: a PEM EC P-256 public key ({@code BEGIN PUBLIC KEY}); it keeps the private key. */
public record UploadAccessKeyCommand(@TargetAggregateIdentifier String userCode, String publicKeyPem) {
}
