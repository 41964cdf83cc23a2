package org.openbsn.billing.api;

import java.time.Instant;
import java.util.List;

import org.openbsn.infra.money.Money;

/** The payee was paid {@code amount} for these earnings, through the named provider ({@code reference}: its transfer id). */
public record PayoutPaidEvent(String payoutId, String payeeId, List<PaidOutEarning> earnings, Money amount, String provider,
                              String reference, Instant paidAt) {
}
