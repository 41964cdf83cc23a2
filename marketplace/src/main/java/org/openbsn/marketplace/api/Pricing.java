package org.openbsn.marketplace.api;

import org.openbsn.infra.money.Money;

/** A version's price in CNY: zero when free, the whole price when one-off, the price of one year when yearly. */
public record Pricing(PriceType type, Money price) {

    public static Pricing free() {
        return new Pricing(PriceType.FREE, Money.cny("0"));
    }
}
