package org.openbsn.infra.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Provides the portal's {@link DataSource}: the configured PostgreSQL, or the embedded dev-service. */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedPostgresHolder embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("bsn");
        dataSource.setMaximumPoolSize(16);
        if (properties.external()) {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        } else {
            dataSource.setJdbcUrl(embedded.server().jdbcUrl());
            dataSource.setUsername("postgres");
        }
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseProperties properties) {
        return new EmbeddedPostgresHolder(properties);
    }

    /** Starts the embedded server lazily, only when no external database is configured. */
    static final class EmbeddedPostgresHolder implements AutoCloseable {
        private final DatabaseProperties properties;
        private EmbeddedPostgresServer server;

        EmbeddedPostgresHolder(DatabaseProperties properties) {
            this.properties = properties;
        }

        synchronized EmbeddedPostgresServer server() {
            if (server == null) {
                server = EmbeddedPostgresServer.start(properties.embeddedDataDirectory());
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
}
