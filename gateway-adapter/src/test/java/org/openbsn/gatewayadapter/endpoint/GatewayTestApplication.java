package org.openbsn.gatewayadapter.endpoint;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.gatewayadapter.ledger.LedgerProperties;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.infra.ledger.LedgerConnection;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.infra.search.SearchAutoConfiguration;
import org.openbsn.infra.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway-adapter module as the portal assembles it (every bean of org.openbsn.gatewayadapter,
 * Axon on the event store), over the tests' PostgreSQL and a devnet whose Org1MSP CA certifies members.
 */
@SpringBootApplication(scanBasePackages = "org.openbsn.gatewayadapter", exclude = SearchAutoConfiguration.class)
@EnableConfigurationProperties({LedgerProperties.class, GatewayNodeProperties.class})
class GatewayTestApplication {

    /**
     * One key secret for every test context: they share the tests' database, and with it the
     * gateway's generated signing key, sealed with the secret of the first context that made it.
     */
    private static final String KEY_SECRET = "the gateway tests' shared key secret";

    static ConfigurableApplicationContext start(Devnet devnet) {
        return start(devnet, null, Map.of());
    }

    /** The module with a gateway signing key (which the event callbacks need) and extra properties. */
    static ConfigurableApplicationContext start(Devnet devnet, GatewaySigner signer,
                                                Map<String, String> properties) {
        Identity portal = devnet.organisation("Org1MSP").enroll("portal", NodeOu.ADMIN);
        LedgerConnection connection = new LedgerConnection(
                List.of(new LedgerConnection.Peer("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()))),
                portal.mspId(), Pem.of(portal.certificate()), Pem.of(portal.privateKey()));
        MemberCertificates certificates = new MemberCertificates() {
            @Override
            public X509Certificate issueClient(String commonName, PublicKey key) {
                return devnet.organisation("Org1MSP").issue(commonName, NodeOu.CLIENT, key);
            }

            @Override
            public X509Certificate caCertificate() {
                return devnet.organisation("Org1MSP").certificate();
            }

            @Override
            public String mspId() {
                return "Org1MSP";
            }
        };
        DataSource dataSource = TestDatabase.get().dataSource();
        Map<String, Object> settings = new HashMap<>(properties);
        settings.putAll(Map.of(
                "spring.main.banner-mode", "off",
                "axon.serializer.general", "jackson",
                "axon.serializer.events", "jackson",
                "axon.serializer.messages", "jackson",
                "axon.axonserver.enabled", "false",
                "bsn.gateway.key-secret", KEY_SECRET));
        return new SpringApplicationBuilder(GatewayTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(settings)
                .initializers(context -> {
                    // the test's own objects, which Spring neither creates nor closes
                    context.getBeanFactory().registerSingleton("testDataSource", dataSource);
                    context.getBeanFactory().registerSingleton("devnetConnection", connection);
                    context.getBeanFactory().registerSingleton("devnetMemberCertificates", certificates);
                    if (signer != null) {
                        context.getBeanFactory().registerSingleton("gatewaySigner", signer);
                    }
                })
                .run();
    }
}
