package org.openbsn.marketplace.api;

/** How a package is sold: free (a zero-priced licence), once, or by the year. */
public enum PriceType {
    FREE, ONE_OFF, YEARLY
}
