package org.openbsn.infra.search;

import org.openbsn.infra.process.LazyServer;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins starting the embedded Elasticsearch on a thread of its own as soon as the settings are known, so that its
 * start, the longest part of a portal's, overlaps the building of the application context instead of following it.
 * Only for an application that sets {@code bsn.search.start-early} and configures no cluster of its own.
 */
public class EarlyElasticsearch implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String START_EARLY = "bsn.search.start-early";

    /** The embedded server already starting, which {@link SearchAutoConfiguration} hands on. */
    record Starting(LazyServer<EmbeddedElasticsearch> server) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().getProperty(START_EARLY, Boolean.class, false)) {
            return;
        }
        SearchProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("bsn.search", Bindable.of(SearchProperties.class));
        if (properties.external()) {
            return;
        }
        LazyServer<EmbeddedElasticsearch> server = SearchAutoConfiguration.embedded(properties);
        server.startInBackground("elasticsearch-start");
        context.getBeanFactory().registerSingleton("earlyElasticsearch", new Starting(server));
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // stopped even when the context fails before the search client takes the server over
            registry.registerDisposableBean("earlyElasticsearch", server::close);
        }
    }
}
