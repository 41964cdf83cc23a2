package org.openbsn.noderegistry.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.openbsn.infra.search.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The city-node search index: one physical index at a time behind a read alias (searches) and a
 * write alias (the projection). A rebuild points the write alias at a fresh index; once the replay
 * has caught up, the read alias follows and the old index is dropped.
 */
@Component
class NodeSearchIndex {

    static final String MODEL = "city-nodes";
    private static final Logger log = LoggerFactory.getLogger(NodeSearchIndex.class);

    private final ElasticsearchClient client;
    private final String readAlias;
    private final String writeAlias;
    private final IndexNames names;
    /** Whether a rebuild awaits its switch-over; read from Elasticsearch once, then kept here. */
    private volatile boolean rebuilding;

    NodeSearchIndex(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
        this.readAlias = names.readAlias(MODEL);
        this.writeAlias = names.writeAlias(MODEL);
        createIfMissing();
        this.rebuilding = aliasesDiffer(); // a rebuild interrupted by a restart continues
    }

    String readAlias() {
        return readAlias;
    }

    ElasticsearchClient client() {
        return client;
    }

    private void createIfMissing() {
        try {
            if (!client.indices().existsAlias(e -> e.name(readAlias)).value()) {
                String index = createIndex();
                client.indices().updateAliases(u -> u
                        .actions(a -> a.add(add -> add.index(index).alias(readAlias)))
                        .actions(a -> a.add(add -> add.index(index).alias(writeAlias).isWriteIndex(true))));
                log.info("Created search index {} for {}", index, readAlias);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the node search index", e);
        }
    }

    /** Starts a rebuild: new writes (the replay) go to a fresh index; searches stay on the old one. */
    void beginRebuild() {
        try {
            String fresh = createIndex();
            String current = target(writeAlias);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(current).alias(writeAlias)))
                    .actions(a -> a.add(add -> add.index(fresh).alias(writeAlias).isWriteIndex(true))));
            if (!current.equals(target(readAlias))) {
                client.indices().delete(d -> d.index(current)); // an earlier, unfinished rebuild
            }
            rebuilding = true;
            log.info("Rebuilding {} into {}", readAlias, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start rebuilding the node search index", e);
        }
    }

    boolean rebuilding() {
        return rebuilding;
    }

    private boolean aliasesDiffer() {
        try {
            return !target(readAlias).equals(target(writeAlias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves searches to the rebuilt index in one atomic alias change and drops the old index. */
    void finishRebuild() {
        try {
            String old = target(readAlias);
            String rebuilt = target(writeAlias);
            if (old.equals(rebuilt)) {
                rebuilding = false;
                return;
            }
            client.indices().refresh(r -> r.index(rebuilt));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(old).alias(readAlias)))
                    .actions(a -> a.add(add -> add.index(rebuilt).alias(readAlias))));
            client.indices().delete(d -> d.index(old));
            rebuilding = false;
            log.info("Search now answers from {} (rebuilt); dropped {}", rebuilt, old);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not switch to the rebuilt node search index", e);
        }
    }

    String readIndex() {
        try {
            return target(readAlias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<NodeDocument> load(String nodeId) {
        try {
            var response = client.get(g -> g.index(writeAlias).id(nodeId).realtime(true), NodeDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the documents; each carries its event version as an external version, so a replayed
     * or re-delivered event never overwrites a newer document.
     */
    void write(Collection<NodeDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (NodeDocument document : documents) {
            bulk.operations(op -> op.index(i -> i.index(writeAlias).id(document.nodeId())
                    .version(document.version()).versionType(VersionType.External).document(document)));
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            List<BulkResponseItem> failed = response.items().stream()
                    .filter(item -> item.error() != null && !"version_conflict_engine_exception".equals(item.error().type()))
                    .toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("The search index refused " + failed.size() + " document(s), first: "
                        + failed.get(0).error().reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be written", e);
        }
    }

    private String target(String alias) throws IOException {
        Set<String> indices = client.indices().getAlias(g -> g.name(alias)).result().keySet();
        return indices.iterator().next();
    }

    private String createIndex() throws IOException {
        String index = names.newIndex(MODEL);
        client.indices().create(c -> c.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s")))
                .mappings(m -> m.dynamic(DynamicMapping.Strict)
                        .properties("nodeId", keyword())
                        .properties("ownerId", keyword())
                        .properties("name", textWithRaw())
                        .properties("city", textWithRaw())
                        .properties("region", textWithRaw())
                        .properties("provider", textWithRaw())
                        .properties("gatewayUrl", p -> p.keyword(k -> k.index(false)))
                        .properties("status", keyword())
                        .properties("tps", integer())
                        .properties("storageGb", integer())
                        .properties("bandwidthMbps", integer())
                        .properties("freeTps", integer())
                        .properties("freeStorageGb", integer())
                        .properties("freeBandwidthMbps", integer())
                        .properties("pricePerTps", price())
                        .properties("pricePerStorageGb", price())
                        .properties("pricePerBandwidthMbps", price())
                        .properties("currency", keyword())
                        .properties("registeredAt", p -> p.date(d -> d))
                        .properties("version", p -> p.long_(l -> l))));
        return index;
    }

    private static java.util.function.Function<Property.Builder, co.elastic.clients.util.ObjectBuilder<Property>> keyword() {
        return p -> p.keyword(k -> k);
    }

    private static java.util.function.Function<Property.Builder, co.elastic.clients.util.ObjectBuilder<Property>> integer() {
        return p -> p.integer(i -> i);
    }

    private static java.util.function.Function<Property.Builder, co.elastic.clients.util.ObjectBuilder<Property>> price() {
        return p -> p.double_(d -> d);
    }

    /** Analysed text for search (the standard tokenizer splits Han characters, so Chinese matches as phrases), plus the exact value for facets and sorting. */
    private static java.util.function.Function<Property.Builder, co.elastic.clients.util.ObjectBuilder<Property>> textWithRaw() {
        return p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k.ignoreAbove(256))));
    }
}
