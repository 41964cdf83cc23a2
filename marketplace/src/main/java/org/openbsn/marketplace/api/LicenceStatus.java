package org.openbsn.marketplace.api;

/** A licence waiting for its payment, usable, past its paid year, or revoked (its order refunded). */
public enum LicenceStatus {
    AWAITING_PAYMENT, ACTIVE, EXPIRED, REVOKED
}
