package org.openbsn.marketplace.api;

import java.util.List;
import java.util.Map;

/** One page of hits, how many matched in all, and counts per "category", "language" and "priceType" value over the matches. */
public record PackageSearchResult(List<PackageSummary> hits, long total, Map<String, Map<String, Long>> facets) {
}
