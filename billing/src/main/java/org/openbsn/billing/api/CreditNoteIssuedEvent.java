package org.openbsn.billing.api;

import java.time.Instant;
import java.util.List;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;

/**
 * A refunded order's credit note, numbered in its own series per year (BSN-CN-2026-000001): it credits invoice
 * {@code credits} in full, so its lines, fee and total are that invoice's, negated.
 */
public record CreditNoteIssuedEvent(String creditNoteNumber, String credits, String orderId, String buyerId,
                                    OrderSubject subject, int years, List<QuoteLine> lines, Money platformFee, Money total,
                                    String provider, String refundReference, Reason reason, Instant issuedAt) {
}
