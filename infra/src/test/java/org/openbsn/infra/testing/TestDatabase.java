package org.openbsn.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.openbsn.infra.db.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL for tests that need one without a Spring context: started once per test JVM
 * in a fresh directory, migrated with every Flyway script on the test classpath.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final HikariDataSource dataSource;

    private TestDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            try {
                Path directory = Files.createTempDirectory("bsn-test-pg");
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("data"));
                HikariDataSource dataSource = new HikariDataSource();
                dataSource.setJdbcUrl(server.jdbcUrl());
                dataSource.setUsername("postgres");
                dataSource.setMaximumPoolSize(4);
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                instance = new TestDatabase(dataSource);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    dataSource.close();
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Empties the named tables, for a test that needs a clean slate. */
    public void truncate(String... tables) {
        jdbc().sql("truncate table " + String.join(", ", tables)).update();
    }
}
