package org.openbsn.billing.quote;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.billing.BillingProperties;
import org.openbsn.billing.api.FindLicenceTermsQuery;
import org.openbsn.billing.api.LicenceTerms;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.FindCityNodeQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotes priced from the node registry's read model and the marketplace's licence terms, asked through the query bus. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class QuoteConfiguration {

    @Bean
    QuoteCalculator quoteCalculator(QueryGateway queries, BillingProperties properties) {
        return new QuoteCalculator(nodeId -> queries.query(new FindCityNodeQuery(nodeId),
                ResponseTypes.optionalInstanceOf(CityNodeView.class)).join(), properties);
    }

    /** Licence terms come from the marketplace, which answers for licences it recorded (never from the buyer). */
    @Bean
    LicenceQuotes licenceQuotes(QueryGateway queries, BillingProperties properties) {
        return new LicenceQuotes(licenceId -> queries.query(new FindLicenceTermsQuery(licenceId),
                ResponseTypes.optionalInstanceOf(LicenceTerms.class)).exceptionally(noAnswer -> Optional.empty()).join(),
                properties);
    }
}
