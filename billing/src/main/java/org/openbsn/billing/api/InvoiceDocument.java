package org.openbsn.billing.api;

/** An invoice as a file to download: its name, media type and bytes. */
public record InvoiceDocument(String fileName, String contentType, byte[] content) {
}
