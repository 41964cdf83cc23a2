package org.openbsn.infra.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.openbsn.infra.process.EarlyStart;
import org.openbsn.infra.process.LazyServer;
import org.springframework.beans.factory.BeanFactory;
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
    HikariDataSource dataSource(DatabaseProperties properties, LazyServer<EmbeddedPostgresServer> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("bsn");
        dataSource.setMaximumPoolSize(16);
        if (properties.external()) {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        } else {
            dataSource.setJdbcUrl(embedded.get().jdbcUrl());
            dataSource.setUsername("postgres");
        }
        return dataSource;
    }

    /** Started only when no external database is configured; already starting when {@link EarlyPostgres} began it. */
    @Bean(destroyMethod = "close")
    LazyServer<EmbeddedPostgresServer> embeddedPostgres(DatabaseProperties properties, BeanFactory beans) {
        return EarlyStart.<EmbeddedPostgresServer>taken(beans, EarlyPostgres.BEAN)
                .orElseGet(() -> new LazyServer<>(() -> EmbeddedPostgresServer.start(properties.embeddedDataDirectory())));
    }
}
