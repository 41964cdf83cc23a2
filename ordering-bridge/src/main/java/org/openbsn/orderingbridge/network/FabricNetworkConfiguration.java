package org.openbsn.orderingbridge.network;

import java.nio.file.Path;
import java.time.Duration;

import org.openbsn.fabric.msp.OrganisationVault;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.orderingbridge.OrderingProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code BSN_LEDGER=fabric}: channels are administered on the real network of city-node organisations, on the
 * ordering clusters the operator describes in {@code BSN_FABRIC_CLUSTERS}, with the base chaincode served by the
 * portal at {@code BSN_FABRIC_CHAINCODE_ADDRESS}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bsn.ledger.network", havingValue = "fabric")
class FabricNetworkConfiguration {

    @Bean(destroyMethod = "close")
    BaseChaincodeService baseChaincodeService(@Value("${bsn.network.chaincode-address:127.0.0.1:7999}") String address) {
        if (!address.matches("[A-Za-z0-9.-]+:\\d{1,5}")) {
            throw new IllegalStateException("BSN_FABRIC_CHAINCODE_ADDRESS must be host:port where the city nodes' peers "
                    + "reach this portal's base chaincode, not '" + address + "'");
        }
        return new BaseChaincodeService(address);
    }

    @Bean
    ChannelAdministration networkChannelAdministration(OrganisationVault vault, MemberCertificates participants,
                                                       JdbcClient jdbc, OrderingProperties ordering,
                                                       BaseChaincodeService base,
                                                       @Value("${bsn.network.clusters-file:}") String clustersFile,
                                                       @Value("${bsn.network.patience:60s}") Duration patience) {
        if (clustersFile.isBlank()) {
            throw new IllegalStateException("bsn.ledger.network is fabric, but BSN_FABRIC_CLUSTERS (the JSON file that "
                    + "describes the ordering clusters " + ordering.clusterIds() + ") is not set");
        }
        ChannelOperations operations = new ChannelOperations(vault, patience);
        return new NetworkChannelAdministration(operations, new NetworkDirectory(jdbc, participants), new GenesisBlocks(jdbc),
                ClusterSettings.read(Path.of(clustersFile), ordering.clusterIds()), base);
    }
}
