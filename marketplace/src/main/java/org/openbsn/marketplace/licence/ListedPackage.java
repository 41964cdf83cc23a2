package org.openbsn.marketplace.licence;

import org.openbsn.marketplace.api.Pricing;

/** A package as licences see it: its name, its author and the pricing of its latest approved version. */
record ListedPackage(String packageId, String name, String authorId, Pricing pricing) {
}
