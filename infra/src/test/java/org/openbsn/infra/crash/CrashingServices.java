package org.openbsn.infra.crash;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.openbsn.infra.db.EmbeddedPostgresServer;
import org.openbsn.infra.search.EmbeddedElasticsearch;

/** Run in a child JVM by {@link CrashRecoveryTest}: starts both dev-services, saves a row, then waits to be killed. */
public final class CrashingServices {

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(base.resolve("postgres"));
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
            connection.createStatement().execute("create table saved (value text)");
            connection.createStatement().execute("insert into saved values ('before the crash')");
        }
        EmbeddedElasticsearch.start(EmbeddedElasticsearch.locateDistribution(null), base.resolve("elasticsearch"), "256m");
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
