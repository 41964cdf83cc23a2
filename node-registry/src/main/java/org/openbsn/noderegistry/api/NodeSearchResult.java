package org.openbsn.noderegistry.api;

import java.util.List;

/**
 * One page of search results, the total that match, and facet counts. Each facet counts the
 * nodes matching every other selection, so a person sees what choosing another value would give.
 */
public record NodeSearchResult(long total, List<NodeSearchHit> hits, List<FacetCount> regions, List<FacetCount> providers) {
}
