package org.openbsn.noderegistry.api;

import org.openbsn.infra.money.Money;

/** Yearly price of one unit of each resource: per TPS, per GB of storage, per Mbps of bandwidth. */
public record UnitPrices(Money perTps, Money perStorageGb, Money perBandwidthMbps) {
}
