package org.openbsn.billing.stripe;

import java.math.BigDecimal;
import java.util.Locale;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.billing.api.Resource;
import org.openbsn.billing.payment.PaymentProvider;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.money.Money;

/**
 * Payments through Stripe Checkout, payouts through Stripe Connect transfers. Every call carries an idempotency key made of the order id and
 * its purpose, so a re-sent checkout or refund reaches the same Stripe object instead of a second one.
 */
class StripePaymentProvider implements PaymentProvider {

    static final String ORDER_ID = "order_id";
    static final String ATTEMPT = "attempt";
    static final String PAYOUT_ID = "payout_id";

    private final StripeClient stripe;
    private final String publicUrl;
    private final java.time.Duration checkoutTimeout;

    StripePaymentProvider(StripeClient stripe, String publicUrl, java.time.Duration checkoutTimeout) {
        this.stripe = stripe;
        this.checkoutTimeout = checkoutTimeout;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String name() {
        return STRIPE;
    }

    @Override
    public String checkoutUrl(String orderId, int attempt, String buyerId, Quote quote, String returnUrl) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(orderId)
                // the checkout ends before the capacity held for it does (checkout.session.expired releases it sooner)
                .setExpiresAt(java.time.Instant.now().plus(checkoutTimeout).getEpochSecond())
                .setSuccessUrl(publicUrl + returnUrl)
                .setCancelUrl(publicUrl + returnUrl)
                .putMetadata(ORDER_ID, orderId)
                .putMetadata(ATTEMPT, Integer.toString(attempt))
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata(ORDER_ID, orderId).build());
        for (QuoteLine line : quote.lines()) {
            params.addLineItem(lineItem(describe(line, quote.years()), line.amount()));
        }
        if (quote.platformFee().isPositive()) {
            params.addLineItem(lineItem("Platform fee", quote.platformFee()));
        }
        try {
            Session session = stripe.v1().checkout().sessions().create(params.build(),
                    idempotent("checkout-" + orderId + "-" + attempt));
            return session.getUrl();
        } catch (StripeException e) {
            throw new DomainException("payment.stripe-checkout-failed",
                    "Stripe could not start the payment for order " + orderId + ": " + e.getUserMessage(), orderId);
        }
    }

    @Override
    public String refund(String orderId, String paymentReference, Money amount, String reason) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentReference)
                .setAmount(minorUnits(amount))
                .putMetadata(ORDER_ID, orderId)
                .putMetadata("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .build();
        try {
            Refund refund = stripe.v1().refunds().create(params, idempotent("refund-" + orderId));
            return refund.getId();
        } catch (StripeException e) {
            throw new DomainException("payment.stripe-refund-failed",
                    "Stripe could not refund order " + orderId + ": " + e.getUserMessage(), orderId);
        }
    }

    @Override
    public String transfer(String payoutId, String destinationAccount, Money amount) {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(minorUnits(amount))
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .setDestination(destinationAccount)
                .setTransferGroup(payoutId)
                .putMetadata(PAYOUT_ID, payoutId)
                .build();
        try {
            Transfer transfer = stripe.v1().transfers().create(params, idempotent("payout-" + payoutId));
            return transfer.getId();
        } catch (StripeException e) {
            throw new DomainException("payment.stripe-transfer-failed",
                    "Stripe could not transfer payout " + payoutId + ": " + e.getUserMessage(), payoutId);
        }
    }

    private static String describe(QuoteLine line, int years) {
        if (line.resource() == Resource.LICENCE) {
            return "Licence of " + line.nodeName() + ", " + years + " year(s)";
        }
        return line.resource() + " × " + line.quantity() + " on " + line.nodeName() + ", " + years + " year(s)";
    }

    private static SessionCreateParams.LineItem lineItem(String name, Money amount) {
        return SessionCreateParams.LineItem.builder()
                .setQuantity(1L)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                        .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                        .setUnitAmount(minorUnits(amount))
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(name).build())
                        .build())
                .build();
    }

    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(2).longValueExact();
    }

    static Money fromMinorUnits(long minor, String currency) {
        return new Money(BigDecimal.valueOf(minor).movePointLeft(2), currency.toUpperCase(Locale.ROOT));
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }
}
