package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A version was deployed on an application's channel; the same channel and version again changes nothing. */
public record RecordDeploymentCommand(@TargetAggregateIdentifier String packageId, String version, String channelId) {
}
