package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The upgrade could not finish, for {@code reason}; {@code committedSequence} is the chaincode definition the channel
 * holds now (the new one when only the gateway refused). Sent by the upgrade saga.
 */
public record FailChaincodeUpgradeCommand(@TargetAggregateIdentifier String applicationId, String fabricPackageId,
                                          String reason, int committedSequence) {
}
