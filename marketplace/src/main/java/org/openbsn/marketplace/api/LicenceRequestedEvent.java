package org.openbsn.marketplace.api;

import java.time.Instant;

/** A licence was asked for at the package's price at that moment; a paid one waits for order {@code orderId}. */
public record LicenceRequestedEvent(String licenceId, String packageId, String packageName, String authorId, String buyerId,
                                    LicenceScope scope, String applicationId, Pricing pricing, int years, String orderId,
                                    Instant requestedAt) {
}
