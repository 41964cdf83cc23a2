package org.openbsn.gatewayadapter.keys;

import java.nio.file.Path;

import org.openbsn.infra.ledger.MemberCertificates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gateway's key store. The sealing secret comes from {@code bsn.gateway.key-secret} or
 * BSN_GATEWAY_KEY_SECRET; without either, a random one is made once in {@code <data dir>/gateway}.
 * Certificates are issued by the {@link MemberCertificates} bean when one exists.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayKeysConfiguration {

    @Bean
    KeyVault gatewayKeyVault(JdbcClient jdbc,
                             @Value("${bsn.gateway.key-secret:${BSN_GATEWAY_KEY_SECRET:}}") String secret,
                             @Value("${bsn.gateway.data-dir:${bsn.db.data-dir:${BSN_DATA_DIR:./data}}}") Path dataDir) {
        return new KeyVault(jdbc, KeySecret.resolve(secret, dataDir.resolve("gateway")));
    }

    @Bean
    HostedKeys gatewayHostedKeys(KeyVault vault, ObjectProvider<MemberCertificates> certificates) {
        return new HostedKeys(vault, certificates::getIfAvailable);
    }

    @Bean
    UserSecrets gatewayUserSecrets(JdbcClient jdbc) {
        return new UserSecrets(jdbc, 10);
    }
}
