package org.openbsn.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.PackageSearchResult;
import org.openbsn.marketplace.api.PackageSort;
import org.openbsn.marketplace.api.SearchPackagesQuery;
import org.springframework.stereotype.Component;

/** Answers package searches from Elasticsearch: listed packages only, text, facet counts, sorting and paging. */
@Component
class PackageSearchQueries {

    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200;
    private static final List<String> FACETS = List.of("category", "language", "priceType");

    private final PackageSearchIndex index;

    PackageSearchQueries(PackageSearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    PackageSearchResult handle(SearchPackagesQuery query) {
        check(query);
        Map<String, Query> filters = new LinkedHashMap<>();
        filters.put("category", term("category", query.category()));
        filters.put("language", term("language", query.language()));
        filters.put("priceType", term("priceType", query.priceType() == null ? null : query.priceType().name()));
        try {
            SearchResponse<SearchDocument> response = index.client().search(s -> {
                s.index(index.name())
                        .query(matching(query.text()))
                        .postFilter(all(filters.values().stream()))
                        .from(query.offset())
                        .size(query.limit())
                        .trackTotalHits(t -> t.enabled(true));
                for (String facet : FACETS) { // each facet counts the matches as the other filters narrow them
                    s.aggregations(facet, a -> a.filter(all(filters.entrySet().stream()
                                    .filter(f -> !f.getKey().equals(facet)).map(Map.Entry::getValue)))
                            .aggregations("values", t -> t.terms(v -> v.field(facet).size(50))));
                }
                sort(query.sort() == null ? PackageSort.RELEVANCE : query.sort()).forEach(s::sort);
                return s.sort(o -> o.field(f -> f.field("packageId").order(SortOrder.Asc)));
            }, SearchDocument.class);
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (String facet : FACETS) {
                facets.put(facet, counts(response.aggregations().get(facet)));
            }
            return new PackageSearchResult(response.hits().hits().stream().map(hit -> hit.source().summary()).toList(),
                    response.hits().total().value(), facets);
        } catch (IOException e) {
            throw new UncheckedIOException("Package search is unavailable", e);
        }
    }

    private static void check(SearchPackagesQuery query) {
        List<FieldViolation> v = new ArrayList<>();
        if (query.offset() < 0) {
            v.add(FieldViolation.of("offset", "marketplace.search.offset", "the offset may not be negative"));
        }
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            v.add(FieldViolation.of("limit", "marketplace.search.limit", "a page holds 1 to " + MAX_LIMIT + " packages",
                    MAX_LIMIT));
        }
        if (query.text() != null && query.text().length() > MAX_TEXT) {
            v.add(FieldViolation.of("text", "marketplace.search.text", "search text may be at most " + MAX_TEXT
                    + " characters long", MAX_TEXT));
        }
        InvalidInputException.throwIfAny(v);
    }

    /** Listed packages whose text matches every word typed (each as a phrase prefix). */
    private static Query matching(String text) {
        List<Query> must = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String word : text.strip().split("\\s+")) {
                must.add(Query.of(q -> q.multiMatch(m -> m.query(word).type(TextQueryType.PhrasePrefix)
                        .fields("name^3", "tags^2", "functions^2", "description"))));
            }
        }
        Query listed = Query.of(q -> q.term(t -> t.field("listed").value(true)));
        return Query.of(q -> q.bool(b -> b.must(must).filter(listed)));
    }

    private static Query term(String field, String value) {
        return value == null || value.isBlank() ? null : Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query all(Stream<Query> filters) {
        List<Query> present = filters.filter(Objects::nonNull).toList();
        return present.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(present)));
    }

    private static List<SortOptions> sort(PackageSort sort) {
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
            case RATING -> List.of(field("rating"), field("ratingCount"));
            case DEPLOYMENTS -> List.of(field("deployments"));
            case NEWEST -> List.of(field("listedAt"));
        };
    }

    private static SortOptions field(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Desc)));
    }

    private static Map<String, Long> counts(Aggregate filtered) {
        Map<String, Long> counts = new LinkedHashMap<>();
        filtered.filter().aggregations().get("values").sterms().buckets().array()
                .forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return counts;
    }
}
