package org.openbsn.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.openbsn.devnet.boot.DevnetConfiguration;
import org.openbsn.devnet.boot.DevnetProperties;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.infra.testing.TestElasticsearch;
import org.openbsn.marketplace.inspection.InspectionProperties;
import org.openbsn.marketplace.licence.LicenceTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The marketplace as the portal assembles it: Axon on the tests' PostgreSQL, the tests' Elasticsearch, and devnet as
 * the ledger the automatic check runs packages on. One context at a time.
 */
@SpringBootApplication
@ComponentScan(basePackages = "org.openbsn.marketplace", excludeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = LicenceTestApplication.class))
@EnableConfigurationProperties({InspectionProperties.class, DevnetProperties.class})
@Import(DevnetConfiguration.class)
public class MarketplaceTestApplication {

    /** The event serializer's mapper as the portal's Spring Boot web stack configures it: unknown properties are ignored. */
    @Bean
    ObjectMapper objectMapper() {
        return JsonMapper.builder().findAndAddModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public static ConfigurableApplicationContext start() {
        DataSource dataSource = TestDatabase.get().dataSource();
        Map<String, Object> settings = new HashMap<>();
        try {
            settings.put("bsn.ledger.devnet.data-dir", Files.createTempDirectory("bsn-marketplace-devnet").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.putAll(Map.of(
                "spring.main.banner-mode", "off",
                "axon.serializer.general", "jackson",
                "axon.serializer.events", "jackson",
                "axon.serializer.messages", "jackson",
                "axon.axonserver.enabled", "false",
                "bsn.search.url", TestElasticsearch.get().url(),
                "bsn.search.index-prefix", "mkt" + UUID.randomUUID().toString().substring(0, 8)));
        return new SpringApplicationBuilder(MarketplaceTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(settings)
                .initializers(context -> context.getBeanFactory().registerSingleton("testDataSource", dataSource))
                .run();
    }
}
