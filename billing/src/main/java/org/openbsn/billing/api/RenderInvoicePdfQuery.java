package org.openbsn.billing.api;

/** Asks for an invoice or credit note as a PDF file, naming the buyer as {@code buyerName} (their account's name). */
public record RenderInvoicePdfQuery(String invoiceNumber, String buyerName) {
}
