package org.openbsn.billing.api;

import java.time.Instant;
import java.util.List;
import org.openbsn.infra.money.Money;

/** The invoice for a paid order, numbered in sequence per year (BSN-2026-000123). */
public record InvoiceIssuedEvent(String invoiceNumber, String orderId, String buyerId, OrderSubject subject, int years,
                                 List<QuoteLine> lines, Money platformFee, Money total, String provider,
                                 String paymentReference, Instant paidAt) {
}
