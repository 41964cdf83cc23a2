package org.openbsn.billing.api;

import java.time.Instant;

import org.openbsn.infra.money.Money;

/** A payout as its payee sees it: how much, for how many earnings, through which provider and when. */
public record PayoutView(String payoutId, String payeeId, Money amount, int earnings, String provider, String reference,
                         Instant paidAt, long version) {
}
