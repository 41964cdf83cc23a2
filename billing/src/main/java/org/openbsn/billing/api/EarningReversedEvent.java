package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** The order was refunded, so the owner's earning from it on this node is taken back. */
public record EarningReversedEvent(String orderId, String ownerId, String nodeId, Money share) {
}
