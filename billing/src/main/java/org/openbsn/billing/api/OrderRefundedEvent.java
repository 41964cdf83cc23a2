package org.openbsn.billing.api;

import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;

/** The paid amount went back to the buyer, for this reason. */
public record OrderRefundedEvent(String orderId, String buyerId, OrderSubject subject, Money amount, Reason reason) {
}
