package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator lists a checked version. */
public record ApprovePackageVersionCommand(@TargetAggregateIdentifier String packageId, String version, String operatorId) {
}
