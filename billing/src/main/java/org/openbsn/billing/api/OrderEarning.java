package org.openbsn.billing.api;

import java.time.Instant;
import org.openbsn.infra.money.Money;

/** An owner's share of one order on one node; {@code reversed} when the order was refunded. */
public record OrderEarning(String orderId, String nodeId, String nodeName, Money sales, Money share, boolean reversed,
                           Instant accruedAt) {
}
