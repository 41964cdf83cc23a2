package org.openbsn.infra.process;

import java.util.function.Supplier;

/** A server started the first time it is needed (or ahead of it), and stopped with the application only if it was started. */
public final class LazyServer<S extends AutoCloseable> implements AutoCloseable {

    private final Supplier<S> starter;
    private S server;

    public LazyServer(Supplier<S> starter) {
        this.starter = starter;
    }

    /**
     * Begins the start on a thread of its own; {@link #get()} then waits only for what is left. A start that fails
     * there is tried again, and fails with its reason, in the first {@link #get()}.
     */
    public void startInBackground(String threadName) {
        Thread starter = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException failed) {
                // get() tries again on the caller's thread and reports it there
            }
        }, threadName);
        starter.setDaemon(true);
        starter.start();
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
            S started = server;
            server = null;
            started.close();
        }
    }
}
