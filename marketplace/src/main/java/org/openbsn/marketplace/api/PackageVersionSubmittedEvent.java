package org.openbsn.marketplace.api;

import java.time.Instant;

/** A version passed inspection and was stored; it is checked on devnet next. The first version creates the package. */
public record PackageVersionSubmittedEvent(String packageId, String authorId, String version, String changelog,
                                           PackageManifest manifest, Pricing pricing, String fabricPackageId,
                                           String sha256, long sizeBytes, Instant submittedAt) {
}
