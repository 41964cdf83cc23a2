package org.openbsn.billing.quote;

import java.math.BigDecimal;
import java.util.List;

import org.openbsn.billing.BillingProperties;
import org.openbsn.billing.api.LicenceTerms;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.billing.api.Resource;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.money.Money;

/**
 * Prices a marketplace licence from the marketplace's own terms: one line paying its author (unit price × years),
 * no platform fee (the platform keeps its percentage of the author's sales instead).
 */
public class LicenceQuotes {

    private final LicenceDirectory licences;
    private final BillingProperties properties;

    public LicenceQuotes(LicenceDirectory licences, BillingProperties properties) {
        this.licences = licences;
        this.properties = properties;
    }

    public Quote quote(String licenceId) {
        LicenceTerms terms = licences.find(licenceId).orElseThrow(() -> new DomainException("order.licence-unknown",
                "The marketplace knows no licence " + licenceId + " waiting for payment, so it cannot be ordered", licenceId));
        if (terms.years() < QuoteCalculator.MIN_YEARS || terms.years() > QuoteCalculator.MAX_YEARS) {
            throw new DomainException("order.licence-years", "Licence " + licenceId + " is for " + terms.years()
                    + " years; it can be bought for 1 to " + QuoteCalculator.MAX_YEARS, licenceId, terms.years());
        }
        Money unitPrice = terms.unitPrice();
        if (!unitPrice.isPositive() || !unitPrice.currency().equals(properties.currency())) {
            throw new DomainException("order.licence-price", "Licence " + licenceId + " costs " + unitPrice
                    + ", which cannot be paid here (billing takes positive amounts in " + properties.currency() + ")",
                    licenceId, unitPrice);
        }
        Money amount = unitPrice.times(terms.years());
        QuoteLine line = new QuoteLine(terms.packageId(), terms.packageName(), terms.authorId(), Resource.LICENCE, 1,
                unitPrice, amount);
        return new Quote(List.of(line), terms.years(), amount, new Money(BigDecimal.ZERO, amount.currency()), amount);
    }
}
