package org.openbsn.billing.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.openbsn.billing.api.Quote;
import org.openbsn.infra.money.Money;

/**
 * The provider of the embedded default: no money moves. Checkout is the portal's clearly labelled
 * test page, where the buyer chooses whether the payment succeeds; refunds and payouts are only recorded.
 */
public class OfflinePaymentProvider implements PaymentProvider {

    public static final String CHECKOUT_PATH = "/checkout/offline/";

    @Override
    public String name() {
        return OFFLINE;
    }

    @Override
    public String checkoutUrl(String orderId, int attempt, String buyerId, Quote quote, String returnUrl) {
        return CHECKOUT_PATH + URLEncoder.encode(orderId, StandardCharsets.UTF_8)
                + "?return=" + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8);
    }

    @Override
    public String refund(String orderId, String paymentReference, Money amount, String reason) {
        return "offline-refund-" + orderId;
    }

    @Override
    public String transfer(String payoutId, String destinationAccount, Money amount) {
        return "offline-payout-" + payoutId;
    }
}
