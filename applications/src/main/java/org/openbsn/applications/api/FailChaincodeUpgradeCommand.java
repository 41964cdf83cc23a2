package org.openbsn.applications.api;
import org.openbsn.infra.error.Reason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The upgrade could not finish, for {@code reason}; {@code committedSequence} is the chaincode definition the channel
 * holds now (the new one when only the gateway refused). Sent by the upgrade saga.
 */
public record FailChaincodeUpgradeCommand(@TargetAggregateIdentifier String applicationId, String fabricPackageId,
                                          Reason reason, int committedSequence) {
}
