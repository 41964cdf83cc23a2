package org.openbsn.infra.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.infra.db.EarlyPostgres;
import org.openbsn.infra.db.EmbeddedPostgresServer;
import org.openbsn.infra.process.EarlyStart;
import org.openbsn.infra.testing.Await;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The embedded PostgreSQL starts while the portal's context is still being built, and stops with it. */
class EarlyPostgresTest {

    @Test
    void startsTheEmbeddedServerBeforeAnythingAsksForItAndStopsItWithTheContext(@TempDir Path data) throws Exception {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of(EarlyStart.PROPERTY, "true", "bsn.db.data-dir", data.toString())));
        new EarlyPostgres().initialize(context);
        Path pidFile = data.resolve("postgres").resolve("postmaster.pid");

        Await.until("PostgreSQL is starting though nothing asked for it yet", () -> Files.exists(pidFile),
                Duration.ofSeconds(60));
        EmbeddedPostgresServer server = (EmbeddedPostgresServer) context.getBeanFactory().getBean(EarlyStart.class)
                .server().get();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            assertThat(connection.isValid(5)).isTrue();
        }

        context.refresh();
        context.close();
        assertThat(pidFile).as("stopped with the context").doesNotExist();
    }
}
