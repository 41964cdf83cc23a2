package org.openbsn.marketplace.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/** A licence as its buyer sees it; {@code orderId} is the order to pay while it awaits payment. */
public record LicenceView(String licenceId, String packageId, String packageName, String buyerId, LicenceScope scope,
                          String applicationId, Pricing pricing, int years, String orderId, LicenceStatus status,
                          Reason statusReason, Instant requestedAt, Instant grantedAt, Instant validUntil,
                          long version) {
}
