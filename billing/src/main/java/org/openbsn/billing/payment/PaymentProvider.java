package org.openbsn.billing.payment;

import org.openbsn.billing.api.Quote;
import org.openbsn.infra.money.Money;

/** Takes payments and gives refunds: Stripe, or the offline test provider. */
public interface PaymentProvider {

    String OFFLINE = "offline";
    String STRIPE = "stripe";

    /** The provider's name as recorded on payments ({@link #OFFLINE} or {@link #STRIPE}). */
    String name();

    /** Where to send the buyer to pay attempt {@code attempt} of the order; the same attempt gets the same checkout. */
    String checkoutUrl(String orderId, int attempt, String buyerId, Quote quote, String returnUrl);

    /** Gives {@code amount} back for the payment {@code paymentReference}; asked again, refunds nothing more. Answers the refund's reference. */
    String refund(String orderId, String paymentReference, Money amount, String reason);

    /** Pays {@code amount} out to a payee's connected account (none: offline); asked again for the payout, pays nothing more. Answers the transfer's reference. */
    String transfer(String payoutId, String destinationAccount, Money amount);
}
