package org.openbsn.infra.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openbsn.infra.process.LeftoverProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run as a child process, whose data directory survives restarts.
 * Started when no external database is configured; stopped with the application context.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on a free loopback port over {@code dataDirectory}, creating it on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            LeftoverProcess.stop(directory.resolve("postmaster.pid"), "postgres", Duration.ofSeconds(60));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // stopped by whoever started it (the portal's context, last of all), never by a hook of its own that
                    // would stop it while the portal is still writing
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    // the library turns these off for speed; the portal promises a change is on disk before it says done
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL with data in " + directory
                    + ". If another OpenBSN portal is running on this data directory, stop it or set BSN_DATA_DIR"
                    + " to another directory; to use your own PostgreSQL set BSN_DB_URL, BSN_DB_USER and"
                    + " BSN_DB_PASSWORD. Cause: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        // a stop asked for during start-up interrupts the starting thread; PostgreSQL is still stopped in full
        boolean interrupted = Thread.interrupted();
        try {
            postgres.close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("Embedded PostgreSQL stopped");
    }
}
