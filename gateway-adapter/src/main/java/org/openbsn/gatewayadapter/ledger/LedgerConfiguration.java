package org.openbsn.gatewayadapter.ledger;

import javax.sql.DataSource;

import org.openbsn.infra.ledger.ChannelPeers;
import org.openbsn.infra.ledger.LedgerConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger client for the configured network. With {@code bsn.ledger.network=fabric} the
 * connection comes from {@link LedgerProperties.Fabric}; otherwise devnet provides it.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    @Bean
    @ConditionalOnProperty(name = "bsn.ledger.network", havingValue = "fabric")
    LedgerConnection fabricLedgerConnection(LedgerProperties properties) {
        return properties.fabric().connection();
    }

    @Bean(destroyMethod = "close")
    LedgerClient ledgerClient(LedgerConnection connection, LedgerProperties properties,
                              ObjectProvider<ChannelPeers> channelPeers) {
        ChannelPeers serving = channelPeers.getIfAvailable(() -> channel -> java.util.List.of());
        return new LedgerClient(connection.peers(), serving, properties.deadline());
    }

    @Bean
    OfflineSigned offlineSigned(LedgerClient client) {
        return new OfflineSigned(client);
    }

    /** The identity the portal itself signs with (its organisation's administrator or client). */
    @Bean
    LedgerIdentity portalLedgerIdentity(LedgerConnection connection) {
        return LedgerIdentity.fromPem(connection.mspId(), connection.certificatePem(), connection.privateKeyPem());
    }

    @Bean(destroyMethod = "close")
    LedgerEvents ledgerEvents(LedgerClient client, DataSource dataSource, PlatformTransactionManager transactions) {
        return new LedgerEvents(client, JdbcClient.create(dataSource), new TransactionTemplate(transactions));
    }
}
