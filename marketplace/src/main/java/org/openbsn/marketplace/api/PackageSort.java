package org.openbsn.marketplace.api;

/** The orders search results can come in. */
public enum PackageSort {
    RELEVANCE, RATING, DEPLOYMENTS, NEWEST
}
