package org.openbsn.billing.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.billing.api.*;
import org.openbsn.infra.money.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The earnings read model: each node owner's share of paid orders, per node and per order; refunds take it back. */
@Component
@ProcessingGroup(EarningProjection.NAME)
class EarningProjection {

    static final String NAME = "billing-earnings";

    private static final RowMapper<OrderEarning> ROW = (rs, row) -> {
        String currency = rs.getString("currency");
        return new OrderEarning(rs.getString("order_id"), rs.getString("node_id"), rs.getString("node_name"),
                new Money(rs.getBigDecimal("sales"), currency), new Money(rs.getBigDecimal("share"), currency),
                rs.getBoolean("reversed"), rs.getTimestamp("accrued_at").toInstant());
    };

    private final JdbcClient jdbc;

    EarningProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EarningAccruedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                insert into billing_earning_view (order_id, node_id, owner_id, node_name, sales, share, currency,
                    share_percent, accrued_at)
                values (:order, :node, :owner, :name, :sales, :share, :currency, :percent, :at)
                on conflict (order_id, node_id) do nothing""")
                .param("order", event.orderId()).param("node", event.nodeId()).param("owner", event.ownerId())
                .param("name", event.nodeName()).param("sales", event.sales().amount())
                .param("share", event.share().amount()).param("currency", event.share().currency())
                .param("percent", event.sharePercent()).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(EarningReversedEvent event) {
        jdbc.sql("update billing_earning_view set reversed = true where order_id = :order and node_id = :node")
                .param("order", event.orderId()).param("node", event.nodeId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from billing_earning_view").update();
    }

    @QueryHandler
    Earnings handle(FindEarningsQuery query) {
        List<OrderEarning> perOrder = jdbc.sql("""
                        select * from billing_earning_view where owner_id = :owner
                        order by accrued_at desc, order_id, node_id""")
                .param("owner", query.ownerId()).query(ROW).list();
        Money total = new Money(BigDecimal.ZERO, Money.CNY);
        Map<String, NodeEarning> perNode = new LinkedHashMap<>();
        for (OrderEarning earning : perOrder) {
            Money counted = earning.reversed() ? new Money(BigDecimal.ZERO, earning.share().currency()) : earning.share();
            total = total.plus(counted);
            perNode.merge(earning.nodeId(), new NodeEarning(earning.nodeId(), earning.nodeName(), counted),
                    (a, b) -> new NodeEarning(a.nodeId(), a.nodeName(), a.total().plus(b.total())));
        }
        return new Earnings(query.ownerId(), total, List.copyOf(perNode.values()), perOrder);
    }
}
