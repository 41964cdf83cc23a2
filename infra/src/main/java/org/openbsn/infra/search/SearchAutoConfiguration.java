package org.openbsn.infra.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.openbsn.infra.process.EarlyStart;
import org.openbsn.infra.process.LazyServer;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Provides the Elasticsearch client: the configured cluster, or the embedded dev-service. */
@AutoConfiguration(before = {ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class})
@EnableConfigurationProperties(SearchProperties.class)
public class SearchAutoConfiguration {

    /** Started only when no external cluster is configured; already starting when {@link EarlyElasticsearch} began it. */
    @Bean(destroyMethod = "close")
    LazyServer<EmbeddedElasticsearch> embeddedElasticsearch(SearchProperties properties, BeanFactory beans) {
        return EarlyStart.<EmbeddedElasticsearch>taken(beans, EarlyElasticsearch.BEAN)
                .orElseGet(() -> embedded(properties));
    }

    static LazyServer<EmbeddedElasticsearch> embedded(SearchProperties properties) {
        return new LazyServer<>(() -> EmbeddedElasticsearch.start(
                EmbeddedElasticsearch.locateDistribution(properties.distribution()),
                properties.dataDir().resolve("elasticsearch"), properties.heap()));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RestClient elasticsearchRestClient(SearchProperties properties, LazyServer<EmbeddedElasticsearch> embedded) {
        String url = properties.external() ? properties.url() : embedded.get().url();
        RestClientBuilder builder = RestClient.builder(HttpHost.create(url));
        if (properties.user() != null && !properties.user().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(properties.user(), properties.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    ElasticsearchClient elasticsearchClient(RestClient restClient, ObjectProvider<ObjectMapper> objectMapper) {
        ObjectMapper mapper = objectMapper.getIfAvailable(ObjectMapper::new).copy()
                .findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }

    @Bean
    IndexNames indexNames(SearchProperties properties) {
        return new IndexNames(properties.indexPrefix());
    }
}
