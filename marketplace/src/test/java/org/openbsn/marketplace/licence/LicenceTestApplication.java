package org.openbsn.marketplace.licence;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.openbsn.infra.search.SearchAutoConfiguration;
import org.openbsn.infra.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Licences as the portal assembles them, with the real billing and node registry beside them (without the node
 * search index), Axon on the tests' PostgreSQL. One context at a time: close it before starting another.
 */
@SpringBootApplication(exclude = SearchAutoConfiguration.class)
@ConfigurationPropertiesScan({"org.openbsn.billing", "org.openbsn.noderegistry"})
@ComponentScan(basePackages = {"org.openbsn.marketplace.licence", "org.openbsn.billing", "org.openbsn.noderegistry"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.REGEX,
                        pattern = "org\\.openbsn\\.noderegistry\\.query\\.(CityNodeSearchProjection|NodeSearch.*)"),
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.openbsn\\.billing\\.BillingTestApplication")})
public class LicenceTestApplication {

    /** The event serializer's mapper as the portal's Spring Boot web stack configures it: unknown properties are ignored. */
    @Bean
    ObjectMapper objectMapper() {
        return JsonMapper.builder().findAndAddModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** Starts the module; {@code properties} add or override settings. */
    public static ConfigurableApplicationContext start(Map<String, String> properties) {
        DataSource dataSource = TestDatabase.get().dataSource();
        Map<String, Object> settings = new HashMap<>(Map.of(
                "spring.main.banner-mode", "off",
                "axon.serializer.general", "jackson",
                "axon.serializer.events", "jackson",
                "axon.serializer.messages", "jackson",
                "axon.axonserver.enabled", "false"));
        settings.putAll(properties);
        return new SpringApplicationBuilder(LicenceTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(settings)
                .initializers(context -> context.getBeanFactory().registerSingleton("testDataSource", dataSource))
                .run();
    }
}
