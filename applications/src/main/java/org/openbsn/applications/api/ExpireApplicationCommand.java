package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The paid period may have ended; a live application past its expiry expires. */
public record ExpireApplicationCommand(@TargetAggregateIdentifier String applicationId) {
}
