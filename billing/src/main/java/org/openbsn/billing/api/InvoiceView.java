package org.openbsn.billing.api;

import java.time.Instant;
import java.util.List;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;

/**
 * An issued invoice, or a credit note, as the buyer sees and downloads it. A credit note names the invoice it
 * {@code credits} and the {@code reason} of the refund; its amounts are negative and {@code paidAt} is when it was issued.
 */
public record InvoiceView(String invoiceNumber, String orderId, String buyerId, OrderSubject subject, int years,
                          List<QuoteLine> lines, Money platformFee, Money total, String provider,
                          String paymentReference, Instant paidAt, String credits, Reason reason) {

    public boolean creditNote() {
        return total.amount().signum() < 0 || credits != null;
    }
}
