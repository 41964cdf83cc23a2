package org.openbsn.marketplace.inspection;

import org.openbsn.marketplace.api.PackageManifest;

/** An upload that passed inspection: its label, Fabric package id, checksum, size and the validated manifest. */
public record InspectedPackage(String label, String fabricPackageId, String sha256, long sizeBytes,
                               PackageManifest manifest) {
}
