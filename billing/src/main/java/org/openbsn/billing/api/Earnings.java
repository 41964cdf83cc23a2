package org.openbsn.billing.api;

import java.util.List;
import org.openbsn.infra.money.Money;

/** What a node owner has earned: in all, per node, and per order line (refunded orders count nothing). */
public record Earnings(String ownerId, Money total, List<NodeEarning> perNode, List<OrderEarning> perOrder) {
}
