package org.openbsn.marketplace.api;

import java.time.Instant;

/** The licence is usable from {@code grantedAt}; until {@code validUntil} when yearly (null: for good). */
public record LicenceGrantedEvent(String licenceId, String packageId, String buyerId, LicenceScope scope,
                                  String applicationId, Instant grantedAt, Instant validUntil) {
}
