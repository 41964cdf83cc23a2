package org.openbsn.billing.api;

/** A resource a city node sells by the year. */
public enum Resource {
    TPS, STORAGE_GB, BANDWIDTH_MBPS
}
