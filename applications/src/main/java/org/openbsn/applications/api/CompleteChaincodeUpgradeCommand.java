package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The upgrade's chaincode definition is committed and the gateway serves its functions and roles; sent by the upgrade saga. */
public record CompleteChaincodeUpgradeCommand(@TargetAggregateIdentifier String applicationId, String fabricPackageId,
                                              int sequence) {
}
