package org.openbsn.portal.application;

import org.openbsn.infra.money.Money;

/** How applications' amounts read in the portal. */
final class Formats {

    private Formats() {
    }

    static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
