package org.openbsn.billing.api;

/** Asks for a buyer's invoices, newest first. */
public record FindInvoicesByBuyerQuery(String buyerId) {
}
