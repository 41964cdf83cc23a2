package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The publisher ends a live or expired application: its capacity and peers are given back and the gateway refuses its calls. */
public record RetireApplicationCommand(@TargetAggregateIdentifier String applicationId, String publisherId) {
}
