package org.openbsn.noderegistry.api;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Full-text search over active nodes (name, city, region, provider), narrowed by facets and by
 * minimum free capacity and maximum yearly unit price; null or empty means "any".
 */
public record SearchNodesQuery(
        String text,
        Set<String> regions,
        Set<String> providers,
        Set<String> cities,
        Integer minFreeTps,
        Integer minFreeStorageGb,
        Integer minFreeBandwidthMbps,
        BigDecimal maxPricePerTps,
        BigDecimal maxPricePerStorageGb,
        BigDecimal maxPricePerBandwidthMbps,
        NodeSort sort,
        int offset,
        int limit) {

    public SearchNodesQuery {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        cities = cities == null ? Set.of() : Set.copyOf(cities);
        sort = sort == null ? NodeSort.RELEVANCE : sort;
    }

    /** Everything, first page. */
    public static SearchNodesQuery all(int limit) {
        return new SearchNodesQuery(null, null, null, null, null, null, null, null, null, null, null, 0, limit);
    }

    public SearchNodesQuery page(int newOffset, int newLimit) {
        return new SearchNodesQuery(text, regions, providers, cities, minFreeTps, minFreeStorageGb, minFreeBandwidthMbps,
                maxPricePerTps, maxPricePerStorageGb, maxPricePerBandwidthMbps, sort, newOffset, newLimit);
    }
}
