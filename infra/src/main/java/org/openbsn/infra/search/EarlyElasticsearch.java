package org.openbsn.infra.search;

import org.openbsn.infra.process.EarlyStart;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins the embedded Elasticsearch's start, the longest part of a portal's, as soon as the settings are known,
 * when the application asks for {@link EarlyStart} and configures no cluster of its own.
 */
public class EarlyElasticsearch implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "earlyElasticsearch";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EarlyStart.wanted(context)) {
            return;
        }
        SearchProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("bsn.search", Bindable.of(SearchProperties.class));
        if (!properties.external()) {
            EarlyStart.begin(context, BEAN, SearchAutoConfiguration.embedded(properties));
        }
    }
}
