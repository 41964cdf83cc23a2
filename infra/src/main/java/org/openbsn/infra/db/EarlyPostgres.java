package org.openbsn.infra.db;

import org.openbsn.infra.process.EarlyStart;
import org.openbsn.infra.process.LazyServer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins the embedded PostgreSQL's start as soon as the settings are known, when the application asks for
 * {@link EarlyStart} and configures no database of its own.
 */
public class EarlyPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "earlyPostgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EarlyStart.wanted(context)) {
            return;
        }
        DatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("bsn.db", Bindable.of(DatabaseProperties.class));
        if (!properties.external()) {
            EarlyStart.begin(context, BEAN,
                    new LazyServer<>(() -> EmbeddedPostgresServer.start(properties.embeddedDataDirectory())));
        }
    }
}
