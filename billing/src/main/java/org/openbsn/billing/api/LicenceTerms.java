package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** A licence's terms as billing prices it: the author paid, the package, its price per year (or once, {@code years} 1). */
public record LicenceTerms(String licenceId, String authorId, String packageId, String packageName, Money unitPrice,
                           int years) {
}
