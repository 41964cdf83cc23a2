package org.openbsn.billing.stripe;

import com.stripe.StripeClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openbsn.billing.BillingProperties;
import org.openbsn.billing.payment.OfflinePaymentProvider;
import org.openbsn.billing.payment.PaymentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stripe when its API key and webhook secret are set, otherwise the offline test provider; and Stripe's webhook endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class PaymentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

    @Bean
    PaymentProvider paymentProvider(BillingProperties properties) {
        BillingProperties.Stripe stripe = properties.stripe();
        if (stripe.configured()) {
            log.info("Payments go through Stripe at {}", stripe.apiBase());
            return new StripePaymentProvider(client(stripe), properties.publicUrl(), properties.checkoutTimeout());
        }
        log.info("Payments use the offline TEST provider; set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET to take real payments");
        return new OfflinePaymentProvider();
    }

    @Bean
    StripeWebhooks stripeWebhooks(BillingProperties properties, CommandGateway commands, JdbcClient jdbc) {
        return new StripeWebhooks(properties.stripe().configured() ? properties.stripe().webhookSecret() : null,
                commands, jdbc);
    }

    @Bean
    ServletRegistrationBean<StripeWebhookServlet> stripeWebhookServlet(StripeWebhooks webhooks) {
        ServletRegistrationBean<StripeWebhookServlet> registration = new ServletRegistrationBean<>(
                new StripeWebhookServlet(webhooks), StripeWebhookServlet.PATH);
        registration.setName("stripeWebhook");
        return registration;
    }

    static StripeClient client(BillingProperties.Stripe stripe) {
        return StripeClient.builder().setApiKey(stripe.apiKey()).setApiBase(stripe.apiBase()).setMaxNetworkRetries(2).build();
    }
}
