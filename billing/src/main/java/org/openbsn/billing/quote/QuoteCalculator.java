package org.openbsn.billing.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openbsn.billing.BillingProperties;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteItem;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.billing.api.Resource;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CapacityRules;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.noderegistry.api.UnitPrices;

/**
 * Prices resources on city nodes: Σ over nodes (quantity × the node's yearly unit price) × years,
 * plus the platform fee. Input that cannot be priced is refused, naming the node and the field; a quote shown to a
 * buyer is also refused when a node does not have that much free.
 */
public class QuoteCalculator {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 5;

    private final NodeDirectory nodes;
    private final BillingProperties properties;

    public QuoteCalculator(NodeDirectory nodes, BillingProperties properties) {
        this.nodes = nodes;
        this.properties = properties;
    }

    /** The price of an order being placed: its capacity is already held at the checkout, so not checked again here. */
    public Quote quote(List<QuoteItem> items, int years) {
        return quote(items, years, null);
    }

    /** The price a buyer is shown, refused when a node does not have that much free (held capacity is not free). */
    public Quote quoteWithinFreeCapacity(List<QuoteItem> items, int years) {
        return quoteWithinFreeCapacity(items, years, Map.of());
    }

    /** As {@link #quoteWithinFreeCapacity(List, int)}, counting what the buyer holds on each node ({@code ownHolds}) as free. */
    public Quote quoteWithinFreeCapacity(List<QuoteItem> items, int years, Map<String, Capacity> ownHolds) {
        return quote(items, years, ownHolds);
    }

    private Quote quote(List<QuoteItem> items, int years, Map<String, Capacity> ownHolds) {
        boolean withinFreeCapacity = ownHolds != null;
        List<FieldViolation> violations = new ArrayList<>();
        if (years < MIN_YEARS || years > MAX_YEARS) {
            violations.add(FieldViolation.of("years", "rule.years-range",
                    "must be between " + MIN_YEARS + " and " + MAX_YEARS + " years, not " + years, MIN_YEARS, MAX_YEARS, years));
        }
        if (items == null || items.isEmpty()) {
            violations.add(FieldViolation.of("items", "rule.no-nodes", "choose at least one city node"));
            throw new InvalidInputException(violations);
        }
        List<QuoteLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuoteItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.nodeId() == null || item.nodeId().isBlank()) {
                violations.add(FieldViolation.of(field + ".nodeId", "rule.required", "name a city node"));
                continue;
            }
            if (!seen.add(item.nodeId())) {
                violations.add(FieldViolation.of(field + ".nodeId", "rule.node-twice",
                        "city node " + item.nodeId() + " is listed twice", item.nodeId()));
                continue;
            }
            Optional<CityNodeView> found = nodes.find(item.nodeId());
            if (found.isEmpty()) {
                violations.add(FieldViolation.of(field + ".nodeId", "rule.node-unknown",
                        "there is no city node " + item.nodeId(), item.nodeId()));
                continue;
            }
            CityNodeView node = found.get();
            String name = node.details().name();
            if (node.status() != NodeStatus.ACTIVE) {
                violations.add(FieldViolation.of(field + ".nodeId", "rule.node-inactive",
                        "city node " + name + " is " + node.status() + ", not active", name, node.status()));
                continue;
            }
            Capacity c = item.capacity() == null ? Capacity.NONE : item.capacity();
            checkQuantity(violations, field + ".capacity.tps", name, "TPS", c.tps());
            checkQuantity(violations, field + ".capacity.storageGb", name, "storage GB", c.storageGb());
            checkQuantity(violations, field + ".capacity.bandwidthMbps", name, "bandwidth Mbps", c.bandwidthMbps());
            if (withinFreeCapacity) {
                Capacity free = node.free().plus(ownHolds.getOrDefault(node.nodeId(), Capacity.NONE));
                if (!c.fitsWithin(free)) {
                    violations.add(CapacityRules.violation(field + ".capacity", name, free));
                }
            }
            if (violations.isEmpty()) {
                lines.addAll(linesFor(node, c, years));
            }
        }
        if (violations.isEmpty() && lines.isEmpty()) {
            violations.add(FieldViolation.of("items", "rule.nothing-bought", "ask for some TPS, storage or bandwidth"));
        }
        InvalidInputException.throwIfAny(violations);
        Money fee = properties.platformFeeMoney();
        Money subtotal = lines.stream().map(QuoteLine::amount).reduce(new Money(java.math.BigDecimal.ZERO, fee.currency()),
                Money::plus);
        return new Quote(List.copyOf(lines), years, subtotal, fee, subtotal.plus(fee));
    }

    private static void checkQuantity(List<FieldViolation> violations, String field, String node, String what, int quantity) {
        if (quantity < 0) {
            violations.add(FieldViolation.of(field, "rule.negative-quantity",
                    what + " on city node " + node + " cannot be negative", node));
        }
    }

    private List<QuoteLine> linesFor(CityNodeView node, Capacity capacity, int years) {
        UnitPrices prices = node.prices();
        List<QuoteLine> lines = new ArrayList<>();
        addLine(lines, node, Resource.TPS, capacity.tps(), prices.perTps(), years);
        addLine(lines, node, Resource.STORAGE_GB, capacity.storageGb(), prices.perStorageGb(), years);
        addLine(lines, node, Resource.BANDWIDTH_MBPS, capacity.bandwidthMbps(), prices.perBandwidthMbps(), years);
        return lines;
    }

    private void addLine(List<QuoteLine> lines, CityNodeView node, Resource resource, int quantity, Money unitPrice,
                         int years) {
        if (quantity == 0) {
            return;
        }
        if (!unitPrice.currency().equals(properties.currency())) {
            throw new IllegalStateException("City node " + node.nodeId() + " is priced in " + unitPrice.currency()
                    + ", billing in " + properties.currency());
        }
        lines.add(new QuoteLine(node.nodeId(), node.details().name(), node.ownerId(), resource, quantity, unitPrice,
                unitPrice.times((long) quantity * years)));
    }
}
