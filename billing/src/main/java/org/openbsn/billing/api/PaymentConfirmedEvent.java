package org.openbsn.billing.api;

import java.time.Instant;
import org.openbsn.infra.money.Money;

/** The order is paid (by the named provider; {@code paymentReference} is the provider's id of the payment). */
public record PaymentConfirmedEvent(String orderId, String buyerId, OrderSubject subject, Money amount, String provider,
                                    String paymentReference, Instant paidAt) {
}
