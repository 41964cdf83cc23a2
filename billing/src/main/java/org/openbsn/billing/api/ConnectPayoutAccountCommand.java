package org.openbsn.billing.api;

/** A node owner or author names the Stripe connected account ({@code acct_…}) their payouts are transferred to. */
public record ConnectPayoutAccountCommand(String payeeId, String stripeAccountId) {
}
