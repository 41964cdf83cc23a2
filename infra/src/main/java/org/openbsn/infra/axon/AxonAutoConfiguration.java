package org.openbsn.infra.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Event processing and persistence settings that every bounded context shares (bytea, not large objects: see {@link ByteaPostgreSQLDialect}). */
@AutoConfiguration
@Import({ProjectionReplayer.class, ReadYourWrites.class})
public class AxonAutoConfiguration {

    /** Every projection is a pooled streaming processor, so it can be replayed from the event store. */
    @Autowired
    void usePooledStreamingProcessors(EventProcessingConfigurer configurer) {
        configurer.usingPooledStreamingEventProcessors();
        // a failing projection retries the event rather than skipping it: a read model never silently misses one
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Deadlines of sagas (a publishing step that takes too long) run in this process. They are not
     * kept across a restart; processes that need it re-arm them or are watched (see applications).
     */
    @Bean
    @ConditionalOnMissingBean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration configuration, TransactionManager transactions) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .transactionManager(transactions)
                .build();
    }

    /**
     * Hibernate would allocate ids 50 at a time from its sequences, so after a restart the event
     * store's global index would jump; follow the database sequences' increment (1) instead.
     */
    @Bean
    HibernatePropertiesCustomizer axonOnPostgreSql() {
        return properties -> {
            properties.put("hibernate.id.sequence.increment_size_mismatch_strategy", "FIX");
            properties.put("hibernate.dialect", ByteaPostgreSQLDialect.class.getName());
        };
    }
}
