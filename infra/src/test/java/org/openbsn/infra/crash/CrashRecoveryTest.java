package org.openbsn.infra.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.infra.db.EmbeddedPostgresServer;
import org.openbsn.infra.search.EmbeddedElasticsearch;

/** A portal killed without warning leaves its servers running; the next start takes over with nothing lost. */
class CrashRecoveryTest {

    @Test
    void theNextStartAfterACrashTakesOverTheDataDirectories(@TempDir Path base) throws Exception {
        Process crashing = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashingServices.class.getName(), base.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(crashing.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // wait until both servers run and the row is saved
            }
            assertThat(line).as("the child JVM started both servers").isEqualTo("READY");
        }
        List<ProcessHandle> servers = crashing.descendants().toList();
        crashing.destroyForcibly(); // SIGKILL: no shutdown hooks, like a crash
        crashing.waitFor(30, TimeUnit.SECONDS);
        assertThat(servers.stream().filter(ProcessHandle::isAlive)).as("servers left running by the crash").isNotEmpty();

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(base.resolve("postgres"));
             EmbeddedElasticsearch search = EmbeddedElasticsearch.start(EmbeddedElasticsearch.locateDistribution(null),
                     base.resolve("elasticsearch"), "256m");
             var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
            ResultSet saved = connection.createStatement().executeQuery("select value from saved");
            assertThat(saved.next()).isTrue();
            assertThat(saved.getString(1)).isEqualTo("before the crash");
            assertThat(search.url()).startsWith("http://127.0.0.1:");
        }
        assertThat(servers.stream().filter(ProcessHandle::isAlive)).as("leftovers stopped").isEmpty();
    }
}
