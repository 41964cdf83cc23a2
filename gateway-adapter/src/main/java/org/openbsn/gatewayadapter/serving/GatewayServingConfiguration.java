package org.openbsn.gatewayadapter.serving;

import java.util.List;

import org.openbsn.gatewayadapter.keys.KeyVault;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.infra.ledger.MemberCertificates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The smart gateway served by the portal at {@code /api/*}, with every {@link GatewayEndpoint} bean,
 * replies signed by the gateway's identity. The portal's security lets {@code /api/**} through
 * without a session: each call's mac is its authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayServingConfiguration {

    /** Unless a signer is given (as the tests give theirs), the configured or generated identity. */
    @Bean
    @ConditionalOnMissingBean(GatewaySigner.class)
    GatewaySigner gatewaySigner(GatewayProperties properties, KeyVault vault, ObjectProvider<MemberCertificates> ca,
                                JdbcClient jdbc) {
        return properties.configuredIdentity()
                ? GatewaySigners.fromFiles(properties)
                : GatewaySigners.generated(vault, ca.getIfAvailable(), jdbc);
    }

    @Bean
    ServletRegistrationBean<GatewayServlet> gatewayServlet(GatewaySigner signer, GatewayCallers callers,
                                                           GatewayQuotas quotas, List<GatewayEndpoint> endpoints,
                                                           GatewayProperties properties) {
        ServletRegistrationBean<GatewayServlet> registration = new ServletRegistrationBean<>(
                new GatewayServlet(signer, callers, quotas, endpoints, properties.maxBodyBytes()), "/api/*");
        registration.setName("smartGateway");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
