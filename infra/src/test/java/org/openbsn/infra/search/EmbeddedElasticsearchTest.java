package org.openbsn.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedElasticsearchTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsItsDataAcrossARestart(@TempDir Path base) throws Exception {
        Path distribution = EmbeddedElasticsearch.locateDistribution(null);
        try (EmbeddedElasticsearch first = EmbeddedElasticsearch.start(distribution, base, "256m")) {
            assertThat(send(first.url() + "/nodes/_doc/n1?refresh=true", "PUT", "{\"name\":\"成都-1\"}")).isEqualTo(201);
        }
        try (EmbeddedElasticsearch second = EmbeddedElasticsearch.start(distribution, base, "256m")) {
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(second.url() + "/nodes/_doc/n1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("成都-1");
        }
    }

    @Test
    void saysWhatToDoWhenTheDistributionIsMissing(@TempDir Path nowhere) {
        String repository = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", nowhere.toString());
        try {
            assertThatThrownBy(() -> EmbeddedElasticsearch.locateDistribution(nowhere.resolve("missing.zip")))
                    .hasMessageContaining("BSN_ES_URL").hasMessageContaining("BSN_ES_DISTRIBUTION")
                    .hasMessageContaining("missing.zip");
        } finally {
            if (repository == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", repository);
            }
        }
    }

    private int send(String url, String method, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
