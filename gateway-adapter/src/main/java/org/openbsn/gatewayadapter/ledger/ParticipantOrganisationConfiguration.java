package org.openbsn.gatewayadapter.ledger;

import java.nio.file.Path;
import java.util.Locale;

import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.infra.ledger.MemberCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a real Fabric network, the participant organisation whose CA the portal keeps (MSP id
 * {@code BSN_FABRIC_PARTICIPANTS_MSP_ID}): it certifies every participant's, user's and the
 * gateway's own client certificate, and every application channel includes it as a member that does
 * not endorse, so a certificate enrolled once is valid on every channel. Its CA is made at the first
 * start in {@code <data dir>/gateway/participants-ca}, beside the key vault's secret, its key file
 * readable by the portal's user only. (On devnet, devnet's organisation CA plays this part.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bsn.ledger.network", havingValue = "fabric")
public class ParticipantOrganisationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantOrganisationConfiguration.class);

    @Bean
    MemberCertificates participantCertificates(LedgerProperties properties,
                                               @Value("${bsn.gateway.data-dir:${bsn.db.data-dir:${BSN_DATA_DIR:./data}}}")
                                               Path dataDir) {
        String mspId = properties.fabric().participantsMspId();
        Path directory = dataDir.resolve("gateway").resolve("participants-ca");
        OrganisationCa ca = OrganisationCa.loadOrCreate(directory, mspId,
                "participants." + mspId.toLowerCase(Locale.ROOT) + ".openbsn");
        LOG.info("Participants' certificates are issued by {}'s CA, kept in {}", mspId, directory.toAbsolutePath());
        return MemberCertificates.of(ca.mspId(), ca.certificate(),
                (commonName, key) -> ca.issue(commonName, NodeOu.CLIENT, key));
    }
}
