package org.openbsn.billing.api;

/** What an order line sells: a city node's resources by the year, or a marketplace licence. */
public enum Resource {
    TPS, STORAGE_GB, BANDWIDTH_MBPS, LICENCE
}
