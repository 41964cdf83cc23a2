package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The licence becomes usable: free at once, paid once its order is paid. Repeating it changes nothing. */
public record GrantLicenceCommand(@TargetAggregateIdentifier String licenceId) {
}
