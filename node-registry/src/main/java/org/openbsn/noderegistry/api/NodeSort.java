package org.openbsn.noderegistry.api;

/** How node search results are ordered. */
public enum NodeSort {
    RELEVANCE, NAME, PRICE_PER_TPS, PRICE_PER_STORAGE, PRICE_PER_BANDWIDTH, FREE_TPS, FREE_STORAGE, FREE_BANDWIDTH
}
