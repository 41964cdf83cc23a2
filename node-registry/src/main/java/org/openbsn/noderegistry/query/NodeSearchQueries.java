package org.openbsn.noderegistry.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.*;
import org.springframework.stereotype.Component;

/** Answers node searches from Elasticsearch: text, filters, facet counts, sorting and paging. */
@Component
class NodeSearchQueries {

    private static final int FACET_SIZE = 50;

    private final NodeSearchIndex index;

    NodeSearchQueries(NodeSearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    NodeSearchResult handle(SearchNodesQuery query) {
        InvalidInputException.throwIfAny(NodeSearchRules.check(query));
        Query regions = terms("region.raw", query.regions());
        Query providers = terms("provider.raw", query.providers());
        Query cities = terms("city.raw", query.cities());
        try {
            SearchResponse<NodeDocument> response = index.client().search(s -> s
                    .index(index.readAlias())
                    .query(matching(query))
                    .postFilter(all(regions, providers, cities))
                    .aggregations("regions", a -> a.filter(all(providers, cities))
                            .aggregations("values", t -> t.terms(v -> v.field("region.raw").size(FACET_SIZE))))
                    .aggregations("providers", a -> a.filter(all(regions, cities))
                            .aggregations("values", t -> t.terms(v -> v.field("provider.raw").size(FACET_SIZE))))
                    .sort(sort(query.sort()))
                    .sort(o -> o.field(f -> f.field("nodeId").order(SortOrder.Asc)))
                    .from(query.offset())
                    .size(query.limit())
                    .trackTotalHits(t -> t.enabled(true)), NodeDocument.class);
            return new NodeSearchResult(
                    response.hits().total().value(),
                    response.hits().hits().stream().map(hit -> hit.source().toHit()).toList(),
                    facet(response.aggregations().get("regions")),
                    facet(response.aggregations().get("providers")));
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    @QueryHandler
    SearchIndexStatus handle(FindSearchIndexStatusQuery query) {
        try {
            long documents = index.client().count(c -> c.index(index.readAlias())).count();
            return new SearchIndexStatus(index.readIndex(), documents, index.rebuilding());
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    /** Active nodes whose text matches every word typed (each as a phrase prefix) and every bound. */
    private static Query matching(SearchNodesQuery query) {
        List<Query> must = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            for (String word : query.text().strip().split("\\s+")) {
                must.add(Query.of(q -> q.multiMatch(m -> m.query(word).type(TextQueryType.PhrasePrefix)
                        .fields("name^3", "city^2", "region^2", "provider"))));
            }
        }
        List<Query> filter = new ArrayList<>();
        filter.add(Query.of(q -> q.term(t -> t.field("status").value(NodeStatus.ACTIVE.name()))));
        atLeast(filter, "freeTps", query.minFreeTps());
        atLeast(filter, "freeStorageGb", query.minFreeStorageGb());
        atLeast(filter, "freeBandwidthMbps", query.minFreeBandwidthMbps());
        atMost(filter, "pricePerTps", query.maxPricePerTps());
        atMost(filter, "pricePerStorageGb", query.maxPricePerStorageGb());
        atMost(filter, "pricePerBandwidthMbps", query.maxPricePerBandwidthMbps());
        return Query.of(q -> q.bool(b -> b.must(must).filter(filter)));
    }

    private static void atLeast(List<Query> filter, String field, Integer minimum) {
        if (minimum != null) {
            filter.add(Query.of(q -> q.range(r -> r.number(n -> n.field(field).gte(minimum.doubleValue())))));
        }
    }

    private static void atMost(List<Query> filter, String field, BigDecimal maximum) {
        if (maximum != null) {
            filter.add(Query.of(q -> q.range(r -> r.number(n -> n.field(field).lte(maximum.doubleValue())))));
        }
    }

    private static Query terms(String field, Set<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<FieldValue> wanted = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(wanted))));
    }

    private static Query all(Query... filters) {
        List<Query> present = Arrays.stream(filters).filter(java.util.Objects::nonNull).toList();
        return present.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(present)));
    }

    private static co.elastic.clients.elasticsearch._types.SortOptions sort(NodeSort sort) {
        return switch (sort) {
            case RELEVANCE -> co.elastic.clients.elasticsearch._types.SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
            case NAME -> field("name.raw", SortOrder.Asc);
            case PRICE_PER_TPS -> field("pricePerTps", SortOrder.Asc);
            case PRICE_PER_STORAGE -> field("pricePerStorageGb", SortOrder.Asc);
            case PRICE_PER_BANDWIDTH -> field("pricePerBandwidthMbps", SortOrder.Asc);
            case FREE_TPS -> field("freeTps", SortOrder.Desc);
            case FREE_STORAGE -> field("freeStorageGb", SortOrder.Desc);
            case FREE_BANDWIDTH -> field("freeBandwidthMbps", SortOrder.Desc);
        };
    }

    private static co.elastic.clients.elasticsearch._types.SortOptions field(String field, SortOrder order) {
        return co.elastic.clients.elasticsearch._types.SortOptions.of(o -> o.field(f -> f.field(field).order(order)));
    }

    private static List<FacetCount> facet(Aggregate filtered) {
        return filtered.filter().aggregations().get("values").sterms().buckets().array().stream()
                .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount()))
                .toList();
    }
}
