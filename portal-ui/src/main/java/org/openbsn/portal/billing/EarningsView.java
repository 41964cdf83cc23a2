package org.openbsn.portal.billing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.Earnings;
import org.openbsn.billing.api.NodeEarning;
import org.openbsn.billing.api.OrderEarning;
import org.openbsn.portal.security.CurrentUser;

/** A node owner's earnings: in all, per node, and per order (refunded orders count nothing). */
@Route("billing/earnings")
@RolesAllowed("NODE_OWNER")
public class EarningsView extends VerticalLayout implements HasDynamicTitle {

    public EarningsView(Billing billing, CurrentUser currentUser) {
        setSizeFull();
        Earnings earnings = billing.earnings(currentUser.get().accountId());
        Paragraph total = new Paragraph(getTranslation("billing.earnings.total", BillingFormats.money(earnings.total())));
        total.setId("earnings-total");
        total.getStyle().set("font-weight", "bold");

        Grid<NodeEarning> perNode = new Grid<>();
        perNode.setId("earnings-per-node");
        perNode.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        perNode.addColumn(NodeEarning::nodeName).setHeader(getTranslation("billing.line.node")).setAutoWidth(true);
        perNode.addColumn(n -> BillingFormats.money(n.total())).setHeader(getTranslation("billing.earnings.share"));
        perNode.setItems(earnings.perNode());
        perNode.setAllRowsVisible(true);

        Grid<OrderEarning> perOrder = new Grid<>();
        perOrder.setId("earnings-per-order");
        perOrder.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        perOrder.addColumn(e -> BillingFormats.time(e.accruedAt())).setHeader(getTranslation("billing.earnings.at"));
        perOrder.addColumn(OrderEarning::orderId).setHeader(getTranslation("billing.order.id")).setAutoWidth(true);
        perOrder.addColumn(OrderEarning::nodeName).setHeader(getTranslation("billing.line.node")).setAutoWidth(true);
        perOrder.addColumn(e -> BillingFormats.money(e.sales())).setHeader(getTranslation("billing.earnings.sales"));
        perOrder.addColumn(e -> BillingFormats.money(e.share())).setHeader(getTranslation("billing.earnings.share"));
        perOrder.addColumn(e -> e.reversed() ? getTranslation("billing.earnings.reversed") : "")
                .setHeader(getTranslation("billing.order.status"));
        perOrder.setItems(earnings.perOrder());

        Paragraph empty = new Paragraph(getTranslation("billing.earnings.empty"));
        empty.setId("earnings-empty");
        empty.setVisible(earnings.perOrder().isEmpty());
        add(new H2(getTranslation("billing.earnings.title")), total, empty, new H3(getTranslation("billing.earnings.per-node")),
                perNode, new H3(getTranslation("billing.earnings.per-order")), perOrder);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.earnings.title") + " · OpenBSN";
    }
}
