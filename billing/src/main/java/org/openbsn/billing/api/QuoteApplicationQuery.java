package org.openbsn.billing.api;

import java.util.List;

/** Asks for the price of these resources for this many years; unknown or inactive nodes are refused by name. */
public record QuoteApplicationQuery(List<QuoteItem> items, int years) {
}
