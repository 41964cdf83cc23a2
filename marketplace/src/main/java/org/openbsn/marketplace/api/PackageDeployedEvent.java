package org.openbsn.marketplace.api;

/** A version runs on an application's channel. */
public record PackageDeployedEvent(String packageId, String version, String channelId) {
}
