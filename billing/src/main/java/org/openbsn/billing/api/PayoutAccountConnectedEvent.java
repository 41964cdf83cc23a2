package org.openbsn.billing.api;

/** Payouts to this payee go to this Stripe connected account from now on. */
public record PayoutAccountConnectedEvent(String payeeId, String stripeAccountId) {
}
