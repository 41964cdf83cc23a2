package org.openbsn.portal.marketplace;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.PayoutView;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.ui.Texts;

/** An author's payouts: ask for what was earned and not paid out yet, see each payout, and name a Stripe account to be paid to. */
class PayoutsPanel extends VerticalLayout {

    private final Billing billing;
    private final String payeeId;
    private final Grid<PayoutView> payouts = new Grid<>();

    PayoutsPanel(Billing billing, String payeeId) {
        this.billing = billing;
        this.payeeId = payeeId;
        setPadding(false);
        payouts.setId("payouts");
        payouts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        payouts.addColumn(p -> BillingFormats.time(p.paidAt())).setHeader(Texts.t("marketplace.payouts.at")).setAutoWidth(true);
        payouts.addColumn(p -> BillingFormats.money(p.amount())).setHeader(Texts.t("marketplace.payouts.amount"));
        payouts.addColumn(PayoutView::earnings).setHeader(Texts.t("marketplace.payouts.earnings"));
        payouts.addColumn(p -> p.provider() + " " + (p.reference() == null ? "" : p.reference()))
                .setHeader(Texts.t("marketplace.payouts.through")).setAutoWidth(true);
        payouts.setAllRowsVisible(true);
        Button request = new Button(Texts.t("marketplace.payouts.request"), click -> {
            PayoutView paid = billing.requestPayout(payeeId);
            Notification.show(Texts.t("marketplace.payouts.paid", BillingFormats.money(paid.amount())), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("request-payout");
        TextField account = new TextField(Texts.t("marketplace.payouts.stripe-account"));
        account.setPlaceholder("acct_…");
        account.setId("payout-account");
        Button connect = new Button(Texts.t("marketplace.payouts.connect"), click -> {
            billing.connectPayoutAccount(payeeId, account.getValue().strip());
            Notification.show(Texts.t("marketplace.payouts.connected"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        connect.setId("connect-payout-account");
        HorizontalLayout actions = new HorizontalLayout(request, account, connect);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(Texts.t("marketplace.payouts.title")), actions, payouts);
        refresh();
    }

    private void refresh() {
        List<PayoutView> paid = billing.payouts(payeeId);
        payouts.setItems(paid);
        payouts.setVisible(!paid.isEmpty());
    }
}
