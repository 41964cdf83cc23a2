package org.openbsn.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.util.ObjectBuilder;
import org.openbsn.infra.search.IndexNames;
import org.springframework.stereotype.Component;

/** The index of chaincode packages; each document carries its last event's sequence as an external version. */
@Component
class PackageSearchIndex {

    static final String MODEL = "chaincode-packages";

    private final ElasticsearchClient client;
    private final String index;

    PackageSearchIndex(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.index = names.readAlias(MODEL);
        createIfMissing();
    }

    String name() {
        return index;
    }

    ElasticsearchClient client() {
        return client;
    }

    Optional<SearchDocument> load(String packageId) {
        try {
            var response = client.get(g -> g.index(index).id(packageId).realtime(true), SearchDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document unless the index already holds a later one (a replayed or re-delivered event). */
    void write(SearchDocument document) {
        try {
            client.index(i -> i.index(index).id(document.packageId).version(document.version)
                    .versionType(VersionType.External).document(document));
        } catch (ElasticsearchException e) {
            if (!"version_conflict_engine_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The package search index could not be written", e);
        }
    }

    /** Drops every document, for a replay. */
    void clear() {
        try {
            client.indices().delete(d -> d.index(index));
            createIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createIfMissing() {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s")))
                    .mappings(m -> m.dynamic(DynamicMapping.Strict)
                            .properties("packageId", keyword())
                            .properties("authorId", keyword())
                            .properties("listed", p -> p.boolean_(b -> b))
                            .properties("name", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k.ignoreAbove(256)))))
                            .properties("description", p -> p.text(t -> t))
                            .properties("tags", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k.ignoreAbove(64)))))
                            .properties("functions", p -> p.text(t -> t))
                            .properties("category", keyword())
                            .properties("language", keyword())
                            .properties("priceType", keyword())
                            .properties("priceAmount", p -> p.keyword(k -> k.index(false)))
                            .properties("latestVersion", p -> p.keyword(k -> k.index(false)))
                            .properties("listedSequence", p -> p.long_(l -> l))
                            .properties("rating", p -> p.double_(d -> d))
                            .properties("ratingCount", p -> p.integer(i -> i))
                            .properties("deployments", p -> p.long_(l -> l))
                            .properties("downloads", p -> p.long_(l -> l))
                            .properties("listedAt", p -> p.date(d -> d))
                            .properties("version", p -> p.long_(l -> l))
                            .properties("submitted", p -> p.object(o -> o.enabled(false)))
                            .properties("stars", p -> p.object(o -> o.enabled(false)))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the package search index", e);
        }
    }

    private static Function<Property.Builder, ObjectBuilder<Property>> keyword() {
        return p -> p.keyword(k -> k);
    }
}
