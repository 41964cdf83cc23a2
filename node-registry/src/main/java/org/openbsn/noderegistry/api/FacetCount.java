package org.openbsn.noderegistry.api;

/** How many matching nodes share one value of a facet. */
public record FacetCount(String value, long count) {
}
