package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The gateway makes a new access key for the participant (replacing any earlier one) and keeps its
 * private key encrypted for the participant to download; the participant signs its calls with it.
 */
public record IssueAccessKeyCommand(@TargetAggregateIdentifier String userCode) {
}
