package org.openbsn.marketplace.api;

/** One package with all its versions (listed or not: callers decide what a person may see); answers an Optional. */
public record FindPackageQuery(String packageId) {
}
