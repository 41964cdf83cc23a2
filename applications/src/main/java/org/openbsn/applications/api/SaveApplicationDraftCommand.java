package org.openbsn.applications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the publisher's draft, or replaces what it says; only a draft can be edited. */
public record SaveApplicationDraftCommand(@TargetAggregateIdentifier String applicationId, String publisherId,
                                          ApplicationDesign design) {
}
