package org.openbsn.billing.api;

/** Asks for one invoice by its number. */
public record FindInvoiceQuery(String invoiceNumber) {
}
