package org.openbsn.marketplace.api;

/** Whom a licence covers: every application of its buyer, or one application. */
public enum LicenceScope {
    PUBLISHER, APPLICATION
}
