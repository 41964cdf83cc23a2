package org.openbsn.portal.billing;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.OrderStatus;
import org.openbsn.billing.api.OrderView;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Texts;

/** A publisher's orders with their status, and the invoices of the paid ones and credit notes of the refunded ones to download. */
@Route("billing/orders")
@RolesAllowed("PUBLISHER")
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    private final Billing billing;
    private final String buyerId;

    public OrdersView(Billing billing, Accounts accounts, CurrentUser currentUser) {
        this.billing = billing;
        this.buyerId = currentUser.get().accountId();
        setSizeFull();
        add(new H2(getTranslation("billing.orders.title")));

        List<OrderView> orders = billing.ordersOfBuyer(buyerId);
        Grid<OrderView> orderGrid = new Grid<>();
        orderGrid.setId("orders");
        orderGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        orderGrid.addColumn(OrderView::orderId).setHeader(getTranslation("billing.order.id")).setAutoWidth(true);
        orderGrid.addColumn(o -> getTranslation("billing.subject." + o.subject().kind().name()) + " "
                + o.subject().subjectId()).setHeader(getTranslation("billing.order.subject")).setAutoWidth(true);
        orderGrid.addColumn(o -> BillingFormats.time(o.placedAt())).setHeader(getTranslation("billing.order.placed-at"));
        orderGrid.addColumn(o -> getTranslation("billing.status." + o.status().name()))
                .setHeader(getTranslation("billing.order.status"));
        orderGrid.addColumn(o -> BillingFormats.money(o.quote().total())).setHeader(getTranslation("billing.total"));
        orderGrid.addColumn(o -> Texts.of(o.statusReason()))
                .setHeader(getTranslation("billing.order.reason"));
        orderGrid.setItems(orders);
        Paragraph noOrders = new Paragraph(getTranslation("billing.orders.empty"));
        noOrders.setId("orders-empty");
        noOrders.setVisible(orders.isEmpty());

        List<InvoiceView> invoices = billing.invoices(buyerId);
        Grid<InvoiceView> invoiceGrid = new Grid<>();
        invoiceGrid.setId("invoices");
        invoiceGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        invoiceGrid.addColumn(InvoiceView::invoiceNumber).setHeader(getTranslation("billing.invoice.number")).setAutoWidth(true);
        invoiceGrid.addColumn(i -> getTranslation(i.creditNote() ? "billing.invoice.kind.credit-note" : "billing.invoice.kind.invoice"))
                .setHeader(getTranslation("billing.invoice.kind"));
        invoiceGrid.addColumn(InvoiceView::orderId).setHeader(getTranslation("billing.order.id")).setAutoWidth(true);
        invoiceGrid.addColumn(i -> i.credits() == null ? "" : getTranslation("billing.invoice.credits", i.credits()))
                .setHeader(getTranslation("billing.invoice.credits-header")).setAutoWidth(true);
        invoiceGrid.addColumn(i -> BillingFormats.time(i.paidAt())).setHeader(getTranslation("billing.invoice.paid-at"));
        invoiceGrid.addColumn(i -> BillingFormats.money(i.total())).setHeader(getTranslation("billing.total"));
        invoiceGrid.addComponentColumn(invoice -> InvoiceLinks.download(billing, accounts, invoice, buyerId)).setHeader(getTranslation("billing.invoice.file"));
        invoiceGrid.setItems(invoices);
        followInvoices(orders, invoices, invoiceGrid);
        Paragraph noInvoices = new Paragraph(getTranslation("billing.invoices.empty"));
        noInvoices.setId("invoices-empty");
        noInvoices.setVisible(invoices.isEmpty());

        add(noOrders, orderGrid, new H3(getTranslation("billing.invoices.title")), noInvoices, invoiceGrid);
    }

    /**
     * An invoice is issued just after its payment is recorded; when the page shows a paid order whose
     * invoice is not listed yet, it looks again every second until it is, so nobody has to reload.
     */
    private void followInvoices(List<OrderView> orders, List<InvoiceView> invoices, Grid<InvoiceView> grid) {
        if (!missingInvoice(orders, invoices)) {
            return;
        }
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(1000);
            Registration[] polling = new Registration[1];
            polling[0] = ui.addPollListener(poll -> {
                List<InvoiceView> now = billing.invoices(buyerId);
                grid.setItems(now);
                if (!missingInvoice(orders, now)) {
                    ui.setPollInterval(-1);
                    polling[0].remove();
                }
            });
            addDetachListener(detach -> polling[0].remove());
        });
    }

    private static boolean missingInvoice(List<OrderView> orders, List<InvoiceView> invoices) {
        return orders.stream().filter(order -> order.status() == OrderStatus.PAID)
                .anyMatch(order -> invoices.stream().noneMatch(invoice -> invoice.orderId().equals(order.orderId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.orders.title") + " · OpenBSN";
    }
}
