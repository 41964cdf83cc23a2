package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A publisher asks for a licence of the package's listed pricing: for all their applications or one ({@code applicationId},
 * empty for a publisher licence), for {@code years} when yearly (1 otherwise). {@code orderId} is the billing order
 * that pays for it (ignored when the package is free).
 */
public record RequestLicenceCommand(@TargetAggregateIdentifier String licenceId, String packageId, String buyerId,
                                    LicenceScope scope, String applicationId, int years, String orderId) {
}
