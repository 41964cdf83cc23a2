package org.openbsn.billing;

import java.math.BigDecimal;
import java.time.Duration;

import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.money.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing settings under {@code bsn.billing}: the platform fee added to every application order, the percentage of
 * a node's lines its owner earns, the percentage of a licence's price the platform keeps, the currency, the portal's public URL (where Stripe sends the buyer
 * back), the Stripe account and how long a checkout stays open (capacity is held meanwhile); without a Stripe key and webhook secret the offline test provider is used.
 */
@ConfigurationProperties("bsn.billing")
public record BillingProperties(@DefaultValue("500.00") BigDecimal platformFee, @DefaultValue("80") int ownerSharePercent,
                                @DefaultValue("10") int licenceFeePercent,
                                @DefaultValue("CNY") String currency,
                                @DefaultValue("http://localhost:8080") String publicUrl,
                                @DefaultValue Stripe stripe, @DefaultValue("60m") Duration checkoutTimeout) {

    public BillingProperties {
        if (ownerSharePercent < 0 || ownerSharePercent > 100) {
            throw new IllegalArgumentException("bsn.billing.owner-share-percent must be between 0 and 100");
        }
        if (licenceFeePercent < 0 || licenceFeePercent > 100) {
            throw new IllegalArgumentException("bsn.billing.licence-fee-percent must be between 0 and 100");
        }
        if (checkoutTimeout.compareTo(Duration.ofMinutes(30)) < 0 || checkoutTimeout.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("bsn.billing.checkout-timeout must be between 30 minutes and 24 hours "
                    + "(what Stripe Checkout allows), not " + checkoutTimeout);
        }
        if (platformFee.signum() < 0) {
            throw new IllegalArgumentException("bsn.billing.platform-fee cannot be negative");
        }
    }

    /** The percentage of an order's lines its payees earn: node owners of resources, the author of a licence. */
    public int payeeSharePercent(SubjectKind kind) {
        return kind == SubjectKind.LICENCE ? 100 - licenceFeePercent : ownerSharePercent;
    }

    public Money platformFeeMoney() {
        return new Money(platformFee, currency);
    }

    /** Stripe's secret API key, the webhook endpoint's signing secret and the API's base URL (changed only by tests). */
    public record Stripe(String apiKey, String webhookSecret, @DefaultValue("https://api.stripe.com") String apiBase) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank() && webhookSecret != null && !webhookSecret.isBlank();
        }

        @Override
        public String toString() {
            return "Stripe[apiBase=" + apiBase + ", configured=" + configured() + "]";
        }
    }
}
