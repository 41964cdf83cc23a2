package org.openbsn.orderingbridge.network;

import java.nio.file.Path;

import org.openbsn.fabric.msp.OrganisationVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vault of the organisations the portal signs for, under {@code <data dir>/organisations}. */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {

    @Bean
    OrganisationVault organisationVault(@Value("${bsn.network.data-dir:./data}") Path dataDir) {
        return new OrganisationVault(dataDir.resolve("organisations"));
    }
}
