package org.openbsn.marketplace.api;

/**
 * Full-text search over listed packages (name, description, tags, functions), optionally narrowed to a category,
 * a language and a price type (null or empty: any), sorted, one page at a time.
 */
public record SearchPackagesQuery(String text, String category, String language, PriceType priceType, PackageSort sort,
                                  int offset, int limit) {
}
