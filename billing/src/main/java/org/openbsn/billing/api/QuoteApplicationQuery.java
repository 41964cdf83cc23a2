package org.openbsn.billing.api;

import java.util.List;

/**
 * Asks for the price of these resources for this many years; unknown or inactive nodes, and nodes without that much
 * free, are refused by name. What application {@code applicationId} (may be null) holds itself counts as free.
 */
public record QuoteApplicationQuery(List<QuoteItem> items, int years, String applicationId) {
}
