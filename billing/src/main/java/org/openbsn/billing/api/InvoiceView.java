package org.openbsn.billing.api;

import java.time.Instant;
import java.util.List;
import org.openbsn.infra.money.Money;

/** An issued invoice as the buyer sees and downloads it. */
public record InvoiceView(String invoiceNumber, String orderId, String buyerId, OrderSubject subject, int years,
                          List<QuoteLine> lines, Money platformFee, Money total, String provider,
                          String paymentReference, Instant paidAt) {
}
