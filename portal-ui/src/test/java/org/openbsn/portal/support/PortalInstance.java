package org.openbsn.portal.support;

import java.nio.file.Path;
import java.util.Map;

import org.openbsn.infra.testing.TestElasticsearch;
import org.openbsn.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole portal started by a test, on a free port, over a data directory the test chooses. */
public final class PortalInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PortalInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static PortalInstance start(Path dataDirectory, Map<String, Object> extraProperties) {
        return start(dataDirectory, extraProperties, context -> { });
    }

    /** A portal whose context {@code initializer} prepares before it starts (e.g. to add a bean another branch provides). */
    public static PortalInstance start(Path dataDirectory, Map<String, Object> extraProperties,
                                       ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "server.port", "0",
                "bsn.db.data-dir", dataDirectory.toString(),
                "bsn.ledger.devnet.data-dir", dataDirectory.toString(),
                "vaadin.launch-browser", "false",
                // one Elasticsearch for the whole test run; each data directory is its own portal
                "bsn.search.url", TestElasticsearch.get().url(),
                "bsn.search.index-prefix", "t" + Integer.toHexString(dataDirectory.toAbsolutePath().hashCode())));
        properties.putAll(extraProperties);
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new PortalInstance(new SpringApplicationBuilder(PortalApplication.class).initializers(initializer).run(arguments));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
