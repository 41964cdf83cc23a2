package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone allowed to (a licensee, the author, an operator) downloaded a version's package file. */
public record RecordDownloadCommand(@TargetAggregateIdentifier String packageId, String version, String actorId) {
}
