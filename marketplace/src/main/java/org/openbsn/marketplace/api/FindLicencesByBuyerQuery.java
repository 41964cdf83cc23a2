package org.openbsn.marketplace.api;

/** A buyer's licences, newest first. */
public record FindLicencesByBuyerQuery(String buyerId) {
}
