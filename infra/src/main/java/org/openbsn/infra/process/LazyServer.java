package org.openbsn.infra.process;

import java.util.function.Supplier;

/** A server started the first time it is needed, and stopped with the application only if it was started. */
public final class LazyServer<S extends AutoCloseable> implements AutoCloseable {

    private final Supplier<S> starter;
    private S server;

    public LazyServer(Supplier<S> starter) {
        this.starter = starter;
    }

    public synchronized S get() {
        if (server == null) {
            server = starter.get();
        }
        return server;
    }

    @Override
    public synchronized void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
