package org.openbsn.billing.api;

import org.openbsn.infra.money.Money;

/** One earning a payout paid: the order, the node or package it was earned on, and the share. */
public record PaidOutEarning(String orderId, String nodeId, Money share) {
}
