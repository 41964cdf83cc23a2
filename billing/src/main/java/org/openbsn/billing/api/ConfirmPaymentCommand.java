package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.money.Money;

/** The payment provider reports the order paid ({@code paymentReference}: its id of the payment); re-sent, it changes nothing. */
public record ConfirmPaymentCommand(@TargetAggregateIdentifier String orderId, String provider, String paymentReference,
                                    Money amount) {
}
