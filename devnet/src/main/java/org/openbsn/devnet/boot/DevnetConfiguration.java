package org.openbsn.devnet.boot;

import java.util.List;

import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.msp.Identity;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.devnet.msp.Pem;
import org.openbsn.infra.ledger.LedgerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** devnet as the portal's ledger, unless {@code bsn.ledger.network} names another network. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bsn.ledger.network", havingValue = "devnet", matchIfMissing = true)
public class DevnetConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DevnetConfiguration.class);

    @Bean(destroyMethod = "close")
    Devnet devnet(DevnetProperties properties) {
        Devnet devnet = Devnet.start(new Devnet.Settings(properties.dataDir().resolve("devnet"), "127.0.0.1",
                properties.port(), properties.mspId(), properties.batchSize(), properties.batchTimeout()));
        LOG.info("devnet serves the Fabric Gateway on 127.0.0.1:{} (TLS), data in {}", devnet.port(),
                properties.dataDir().resolve("devnet").toAbsolutePath());
        return devnet;
    }

    /** The portal signs as an administrator of devnet's organisation, enrolled afresh at every start. */
    @Bean
    LedgerConnection devnetLedgerConnection(Devnet devnet, DevnetProperties properties) {
        Identity portal = devnet.organisation(properties.mspId()).enroll("portal", NodeOu.ADMIN);
        return new LedgerConnection(
                List.of(new LedgerConnection.Peer("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()))),
                portal.mspId(), Pem.of(portal.certificate()), Pem.of(portal.privateKey()));
    }
}
