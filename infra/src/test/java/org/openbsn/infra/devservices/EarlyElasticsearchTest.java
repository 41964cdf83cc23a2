package org.openbsn.infra.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.infra.process.EarlyStart;
import org.openbsn.infra.search.EarlyElasticsearch;
import org.openbsn.infra.search.EmbeddedElasticsearch;
import org.openbsn.infra.testing.Await;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The embedded Elasticsearch starts while the portal's context is still being built, and stops with it. */
class EarlyElasticsearchTest {

    @Test
    void startsTheEmbeddedServerBeforeAnythingAsksForItAndStopsItWithTheContext(@TempDir Path data) throws Exception {
        GenericApplicationContext context = contextWith(Map.of(EarlyStart.PROPERTY, "true",
                "bsn.search.data-dir", data.toString(), "bsn.search.heap", "256m"));
        new EarlyElasticsearch().initialize(context);
        Path pidFile = data.resolve("elasticsearch").resolve("elasticsearch.pid");

        Await.until("Elasticsearch is starting though nothing asked for it yet", () -> Files.exists(pidFile),
                Duration.ofSeconds(120));
        EmbeddedElasticsearch server = (EmbeddedElasticsearch) context.getBeanFactory().getBean(EarlyStart.class)
                .server().get();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        long pid = Long.parseLong(Files.readString(pidFile).strip());

        context.refresh();
        context.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("stopped with the context").isEmpty();
    }

    @Test
    void leavesAConfiguredClusterAndPortalsThatDoNotAskAlone(@TempDir Path data) {
        GenericApplicationContext external = contextWith(Map.of(EarlyStart.PROPERTY, "true",
                "bsn.search.url", "http://search.invalid:9200", "bsn.search.data-dir", data.toString()));
        new EarlyElasticsearch().initialize(external);
        assertThat(external.getBeanFactory().getBeanNamesForType(EarlyStart.class)).isEmpty();

        GenericApplicationContext notAsked = contextWith(Map.of("bsn.search.data-dir", data.toString()));
        new EarlyElasticsearch().initialize(notAsked);
        assertThat(notAsked.getBeanFactory().getBeanNamesForType(EarlyStart.class)).isEmpty();
        assertThat(data.resolve("elasticsearch")).doesNotExist();
    }

    private static GenericApplicationContext contextWith(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }
}
