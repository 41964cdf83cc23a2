package org.openbsn.portal.support;

import static org.openbsn.portal.support.Acting.as;

import org.openbsn.accounts.api.Role;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.UnitPrices;

/** City nodes registered by their owner and approved by an operator, ready to be chosen by publishers. */
public final class TestNodes {

    /** 100.00 CNY per TPS, 2.00 per GB and 10.00 per Mbps, a year. */
    public static final UnitPrices PRICES = new UnitPrices(Money.cny("100.00"), Money.cny("2.00"), Money.cny("10.00"));

    private TestNodes() {
    }

    /** Registers and approves a node named {@code name} in {@code city}; returns its id. */
    public static String active(CityNodes nodes, String ownerId, String name, String city, Capacity capacity) {
        CityNodeView node = as(() -> nodes.register(ownerId, new NodeDetails(name, city, city, "Example Cloud",
                "https://" + name.toLowerCase() + ".example.cn"), capacity, PRICES), Role.NODE_OWNER);
        as(() -> nodes.approve(node.nodeId(), "operator-1"), Role.OPERATOR);
        return node.nodeId();
    }
}
