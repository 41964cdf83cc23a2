package org.openbsn.billing.api;

import java.util.List;
import org.openbsn.infra.money.Money;

/** A price, line by line: Σ over nodes (resource × node's yearly price) × years, plus the platform fee, in CNY. */
public record Quote(List<QuoteLine> lines, int years, Money subtotal, Money platformFee, Money total) {
}
