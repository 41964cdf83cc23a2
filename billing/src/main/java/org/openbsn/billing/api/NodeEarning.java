package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** An owner's earnings on one node. */
public record NodeEarning(String nodeId, String nodeName, Money total) {
}
