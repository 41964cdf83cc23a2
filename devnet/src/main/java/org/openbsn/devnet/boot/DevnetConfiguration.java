package org.openbsn.devnet.boot;

import java.util.List;
import java.util.Optional;

import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.ledger.ChaincodePackages;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.LedgerConnection;
import org.openbsn.infra.ledger.MemberCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
                properties.port(), properties.mspId(), properties.batchSize(), properties.batchTimeout(),
                properties.adminPort()));
        LOG.info("devnet serves the Fabric Gateway on 127.0.0.1:{} (TLS) and channel participation on 127.0.0.1:{}"
                + " (mutual TLS), data in {}", devnet.port(), devnet.adminPort(),
                properties.dataDir().resolve("devnet").toAbsolutePath());
        return devnet;
    }

    /** devnet's organisation CA certifies the gateway's participants and users as clients of that organisation. */
    @Bean
    MemberCertificates devnetMemberCertificates(Devnet devnet, DevnetProperties properties) {
        OrganisationCa organisation = devnet.organisation(properties.mspId());
        return MemberCertificates.of(organisation.mspId(), organisation.certificate(),
                (commonName, key) -> organisation.issue(commonName, NodeOu.CLIENT, key));
    }

    /** The portal signs as an administrator of devnet's organisation, enrolled afresh at every start. */
    @Bean
    LedgerConnection devnetLedgerConnection(Devnet devnet, DevnetProperties properties) {
        Identity portal = devnet.organisation(properties.mspId()).enroll("portal", NodeOu.ADMIN);
        return new LedgerConnection(
                List.of(new LedgerConnection.Peer("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()))),
                portal.mspId(), Pem.of(portal.certificate()), Pem.of(portal.privateKey()));
    }

    /** Marketplace packages run in processes of their own; the ones devnet's channels use start again with the portal. */
    @Bean(destroyMethod = "close")
    ChaincodeLauncher chaincodeLauncher(Devnet devnet, DevnetProperties properties) {
        ChaincodeLauncher launcher = new ChaincodeLauncher(properties.dataDir().resolve("chaincode"),
                properties.chaincodeStartTimeout(), properties.chaincodeHeap());
        launcher.resume(devnet.chaincodeServers().keySet());
        return launcher;
    }

    /** Application channels are opened on devnet itself; packages come from the marketplace when there is one. */
    @Bean(destroyMethod = "close")
    ChannelAdministration devnetChannelAdministration(Devnet devnet, ChaincodeLauncher launcher,
                                                      ObjectProvider<ChaincodePackages> packages,
                                                      LedgerConnection connection) {
        return new DevnetChannelAdministration(devnet, launcher, () -> Optional.ofNullable(packages.getIfAvailable()),
                new LedgerEvaluator(connection));
    }
}
