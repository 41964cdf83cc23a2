package org.openbsn.infra.process;

import java.util.Optional;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A dev-service begun on a thread of its own while the application context is still being built, so that its start
 * overlaps the context's instead of following it. Only for applications that set {@value #PROPERTY}.
 */
public record EarlyStart<S extends AutoCloseable>(LazyServer<S> server) {

    public static final String PROPERTY = "bsn.dev-services.start-early";

    /** Whether the application asks for its dev-services to start early. */
    public static boolean wanted(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty(PROPERTY, Boolean.class, false);
    }

    /** Begins {@code server}'s start and leaves it under {@code name} for the auto-configuration to take over. */
    public static <S extends AutoCloseable> void begin(ConfigurableApplicationContext context, String name,
                                                       LazyServer<S> server) {
        server.startInBackground(name + "-start");
        context.getBeanFactory().registerSingleton(name, new EarlyStart<>(server));
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // stopped even when the context fails before the auto-configuration takes the server over
            registry.registerDisposableBean(name, server::close);
        }
    }

    /** The server begun under {@code name}, if one was. */
    @SuppressWarnings("unchecked")
    public static <S extends AutoCloseable> Optional<LazyServer<S>> taken(BeanFactory beans, String name) {
        return beans.containsBean(name)
                ? Optional.of(((EarlyStart<S>) beans.getBean(name, EarlyStart.class)).server())
                : Optional.empty();
    }
}
