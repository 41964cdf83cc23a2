package org.openbsn.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.openbsn.billing.quote.NodeDirectory;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.noderegistry.api.UnitPrices;
import org.openbsn.infra.money.Money;

/** Two active city nodes of two owners, as the node registry shows them, for tests of the order alone. */
public final class TestNodes {

    public static final String SHANGHAI = "node-sh";
    public static final String BEIJING = "node-bj";
    public static final String SHANGHAI_OWNER = "owner-sh";
    public static final String BEIJING_OWNER = "owner-bj";

    private TestNodes() {
    }

    public static BillingProperties properties() {
        return new BillingProperties(new BigDecimal("500.00"), 80, 10, "CNY", "http://localhost:8080",
                new BillingProperties.Stripe(null, null, "https://api.stripe.com"), java.time.Duration.ofMinutes(60));
    }

    public static NodeDirectory directory() {
        Map<String, CityNodeView> nodes = Map.of(
                SHANGHAI, node(SHANGHAI, SHANGHAI_OWNER, "SH-1", new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"))),
                BEIJING, node(BEIJING, BEIJING_OWNER, "BJ-1", new UnitPrices(Money.cny("120.50"), Money.cny("3"), Money.cny("25"))));
        return nodeId -> Optional.ofNullable(nodes.get(nodeId));
    }

    private static CityNodeView node(String id, String owner, String name, UnitPrices prices) {
        return new CityNodeView(id, owner, new NodeDetails(name, "City", "China", "Provider", "https://n.example.com"),
                NodeStatus.ACTIVE, null, new Capacity(1000, 10000, 1000), Capacity.NONE, Capacity.NONE, prices,
                Instant.parse("2026-01-01T00:00:00Z"), 1);
    }
}
