package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** A node owner earned {@code share} ({@code sharePercent} of {@code sales}) from a paid order's lines on one node. */
public record EarningAccruedEvent(String orderId, String ownerId, String nodeId, String nodeName, Money sales,
                                  int sharePercent, Money share) {
}
