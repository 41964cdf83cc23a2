package org.openbsn.marketplace.api;

/** An active licence of the buyer that covers the package for this application (empty: any of theirs); answers an Optional. */
public record FindUsableLicenceQuery(String buyerId, String packageId, String applicationId) {
}
