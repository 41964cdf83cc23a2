package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** One line of a quote: a resource on a node, its quantity, the node's yearly unit price and the amount for all years; {@code payeeId} is the node's owner. */
public record QuoteLine(String nodeId, String nodeName, String payeeId, Resource resource, int quantity, Money unitPrice,
                        Money amount) {
}
