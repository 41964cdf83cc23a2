package org.openbsn.marketplace.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/** One version: its manifest, price, Fabric package id and checksum, where its review stands and why. */
public record PackageVersionView(String packageId, String packageName, String authorId, String version, String changelog,
                                 PackageManifest manifest, Pricing pricing, String fabricPackageId, String sha256,
                                 long sizeBytes, VersionStatus status, Reason statusDetail, Instant submittedAt,
                                 Instant decidedAt) {
}
