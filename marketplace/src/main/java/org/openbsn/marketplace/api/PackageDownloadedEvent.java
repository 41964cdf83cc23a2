package org.openbsn.marketplace.api;

/** A version's package file was downloaded. */
public record PackageDownloadedEvent(String packageId, String version, String actorId) {
}
