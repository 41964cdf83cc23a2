package org.openbsn.billing.api;

/** One payout; answers an Optional. */
public record FindPayoutQuery(String payoutId) {
}
