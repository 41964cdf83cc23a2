package org.openbsn.marketplace.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.Pricing;

/** What a version may cost: nothing when free; more than 0 and at most 1,000,000 CNY once or per year. */
final class PricingRules {

    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    private PricingRules() {
    }

    static List<FieldViolation> check(Pricing pricing) {
        List<FieldViolation> v = new ArrayList<>();
        if (pricing == null || pricing.type() == null || pricing.price() == null) {
            v.add(FieldViolation.of("pricing", "marketplace.pricing.required", "a price type and price are required"));
            return v;
        }
        Money price = pricing.price();
        if (!Money.CNY.equals(price.currency())) {
            v.add(FieldViolation.of("price", "marketplace.pricing.currency", "prices are in CNY, not " + price.currency(),
                    price.currency()));
        } else if (pricing.type() == PriceType.FREE && price.amount().signum() != 0) {
            v.add(FieldViolation.of("price", "marketplace.pricing.free", "a free package costs 0 CNY"));
        } else if (pricing.type() != PriceType.FREE
                && (price.amount().signum() <= 0 || price.amount().compareTo(MAX_PRICE) > 0)) {
            v.add(FieldViolation.of("price", "marketplace.pricing.range", "a " + pricing.type().name().toLowerCase()
                    + " price must be more than 0 and at most 1000000 CNY", pricing.type().name()));
        }
        return v;
    }
}
