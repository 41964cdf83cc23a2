package org.openbsn.billing.api;

/** Asks for what a node owner has earned. */
public record FindEarningsQuery(String ownerId) {
}
