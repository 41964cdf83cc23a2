package org.openbsn.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.openbsn.infra.search.EmbeddedElasticsearch;

/**
 * A real Elasticsearch for tests: started once per test JVM in a fresh directory. Tests keep
 * apart by index prefix.
 */
public final class TestElasticsearch {

    private static TestElasticsearch instance;

    private final String url;
    private final ElasticsearchClient client;

    private TestElasticsearch(String url) {
        this.url = url;
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.client = new ElasticsearchClient(new RestClientTransport(
                RestClient.builder(HttpHost.create(url)).build(), new JacksonJsonpMapper(mapper)));
    }

    public static synchronized TestElasticsearch get() {
        if (instance == null) {
            try {
                Path directory = Files.createTempDirectory("bsn-test-es");
                EmbeddedElasticsearch server = EmbeddedElasticsearch.start(
                        EmbeddedElasticsearch.locateDistribution(null), directory, "384m");
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                instance = new TestElasticsearch(server.url());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public ElasticsearchClient client() {
        return client;
    }
}
