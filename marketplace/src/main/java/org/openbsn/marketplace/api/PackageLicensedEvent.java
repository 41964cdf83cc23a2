package org.openbsn.marketplace.api;

/** A buyer holds a usable licence of the package (a sale, counted on the author's dashboard). */
public record PackageLicensedEvent(String packageId, String licenceId, String buyerId) {
}
