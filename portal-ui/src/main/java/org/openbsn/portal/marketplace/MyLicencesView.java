package org.openbsn.portal.marketplace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.billing.api.Billing;
import org.openbsn.marketplace.api.LicenceStatus;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Texts;

/** A publisher's licences, newest first: what each covers, its price and status; one awaiting payment can be paid. */
@Route("marketplace/licences")
@RolesAllowed("PUBLISHER")
public class MyLicencesView extends VerticalLayout implements HasDynamicTitle {

    private final Billing billing;
    private final String buyerId;
    private final Map<String, String> applicationNames;

    public MyLicencesView(Licences licences, Billing billing, Applications applications, CurrentUser currentUser) {
        this.billing = billing;
        this.buyerId = currentUser.get().accountId();
        this.applicationNames = applications.publishedBy(buyerId).stream()
                .collect(Collectors.toMap(ApplicationView::applicationId, app -> app.design().name()));
        List<LicenceView> mine = licences.licencesOf(buyerId);
        Grid<LicenceView> grid = new Grid<>();
        grid.setId("my-licences");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(l -> new RouterLink(l.packageName(), PackageDetailView.class,
                PackageDetailView.parameters(l.packageId()))).setHeader(getTranslation("marketplace.package")).setAutoWidth(true);
        grid.addColumn(this::covers).setHeader(getTranslation("marketplace.licence.scope")).setAutoWidth(true);
        grid.addColumn(l -> MarketplaceFormats.price(l.pricing())).setHeader(getTranslation("marketplace.price"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("marketplace.licence.status")).setFlexGrow(2);
        grid.addColumn(l -> BillingFormats.time(l.requestedAt())).setHeader(getTranslation("marketplace.licence.requested-at"));
        grid.addColumn(l -> l.validUntil() == null ? getTranslation("marketplace.licence.for-good")
                : BillingFormats.time(l.validUntil())).setHeader(getTranslation("marketplace.licence.valid-until"));
        grid.addComponentColumn(this::pay).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        Paragraph empty = new Paragraph(getTranslation("marketplace.licences.empty"));
        empty.setId("my-licences-empty");
        empty.setVisible(mine.isEmpty());
        add(new H2(getTranslation("marketplace.licences.title")), empty, grid);
    }

    private String covers(LicenceView licence) {
        return switch (licence.scope()) {
            case PUBLISHER -> getTranslation("marketplace.scope.PUBLISHER");
            case APPLICATION -> getTranslation("marketplace.scope.APPLICATION") + ": "
                    + applicationNames.getOrDefault(licence.applicationId(), licence.applicationId());
        };
    }

    private Component status(LicenceView licence) {
        String text = getTranslation("marketplace.licence.status." + licence.status().name());
        if (licence.statusReason() != null && !licence.statusReason().text().isBlank()) {
            text = text + ": " + Texts.of(licence.statusReason());
        }
        Span status = new Span(text);
        status.getElement().setAttribute("data-status", licence.status().name());
        return status;
    }

    private Component pay(LicenceView licence) {
        if (licence.status() != LicenceStatus.AWAITING_PAYMENT) {
            return new Span();
        }
        Button pay = new Button(getTranslation("marketplace.licence.pay"), click -> UI.getCurrent().getPage()
                .setLocation(billing.checkout(licence.orderId(), buyerId, "/marketplace/licences")));
        pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        pay.setId("pay-" + licence.licenceId());
        return pay;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.licences.title") + " · OpenBSN";
    }
}
