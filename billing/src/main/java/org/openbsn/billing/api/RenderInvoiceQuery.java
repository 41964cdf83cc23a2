package org.openbsn.billing.api;

/** Asks for an invoice as a printable document. */
public record RenderInvoiceQuery(String invoiceNumber) {
}
