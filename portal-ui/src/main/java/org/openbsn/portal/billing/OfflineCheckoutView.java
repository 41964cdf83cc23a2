package org.openbsn.portal.billing;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.OrderStatus;
import org.openbsn.billing.api.OrderView;
import org.openbsn.billing.api.ReturnUrls;
import org.openbsn.infra.error.DomainException;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Texts;

/**
 * The offline provider's checkout, clearly labelled as a test: no money moves. The buyer sees the
 * itemised order and decides whether the payment succeeds, then returns to the page that sent them.
 */
@Route("checkout/offline/:orderId")
@PermitAll
public class OfflineCheckoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String HOME = "/";

    private final Billing billing;
    private final String buyerId;
    private String orderId;
    private String returnUrl = HOME;

    public OfflineCheckoutView(Billing billing, CurrentUser currentUser) {
        this.billing = billing;
        this.buyerId = currentUser.get().accountId();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().get("orderId").orElse("");
        returnUrl = event.getLocation().getQueryParameters().getSingleParameter("return")
                .filter(ReturnUrls::isSafe).orElse(HOME);
        removeAll();
        Span badge = new Span(getTranslation("billing.checkout.test-badge"));
        badge.getElement().getThemeList().add("badge error primary");
        badge.setId("test-badge");
        add(new HorizontalLayout(new H2(getTranslation("billing.checkout.title")), badge));
        add(new Paragraph(getTranslation("billing.checkout.test-note")));
        Optional<OrderView> order;
        try {
            order = billing.order(orderId, buyerId);
        } catch (DomainException refused) {
            Paragraph refusal = new Paragraph(Texts.of(refused));
            refusal.setId("order-refused");
            add(refusal);
            return;
        }
        if (order.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("billing.order.not-found", orderId));
            missing.setId("order-not-found");
            add(missing);
            return;
        }
        show(order.get());
    }

    private void show(OrderView order) {
        Paragraph summary = new Paragraph(getTranslation("billing.checkout.order", order.orderId(),
                getTranslation("billing.subject." + order.subject().kind().name()), order.subject().subjectId()));
        add(summary, BillingFormats.lines(order.quote()));
        Paragraph fee = new Paragraph(getTranslation("billing.platform-fee") + ": "
                + BillingFormats.money(order.quote().platformFee()));
        Paragraph total = new Paragraph(getTranslation("billing.total") + ": " + BillingFormats.money(order.quote().total()));
        total.setId("checkout-total");
        total.getStyle().set("font-weight", "bold");
        Paragraph status = new Paragraph(getTranslation("billing.status." + order.status().name()));
        status.setId("checkout-status");
        add(fee, total, status);
        if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.REFUNDED) {
            add(new Button(getTranslation("billing.checkout.continue"), click -> leave()));
            return;
        }
        Button pay = new Button(getTranslation("billing.checkout.pay"), click -> settle(true));
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setId("pay-test");
        Button fail = new Button(getTranslation("billing.checkout.fail"), click -> settle(false));
        fail.addThemeVariants(ButtonVariant.LUMO_ERROR);
        fail.setId("fail-test");
        add(new HorizontalLayout(pay, fail));
    }

    private void settle(boolean succeeds) {
        billing.payOffline(orderId, buyerId, succeeds);
        leave();
    }

    private void leave() {
        UI.getCurrent().getPage().setLocation(returnUrl);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.checkout.title") + " · OpenBSN";
    }
}
