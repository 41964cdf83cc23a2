package org.openbsn.billing.quote;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.billing.BillingProperties;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.FindCityNodeQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotes priced from the node registry's read model, asked through the query bus. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class QuoteConfiguration {

    @Bean
    QuoteCalculator quoteCalculator(QueryGateway queries, BillingProperties properties) {
        return new QuoteCalculator(nodeId -> queries.query(new FindCityNodeQuery(nodeId),
                ResponseTypes.optionalInstanceOf(CityNodeView.class)).join(), properties);
    }
}
