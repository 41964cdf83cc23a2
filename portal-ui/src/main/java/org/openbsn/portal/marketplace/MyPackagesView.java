package org.openbsn.portal.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.OrderEarning;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.PackageView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.security.CurrentUser;

/**
 * An author's dashboard: each package with its versions and where their review stands, sales, deployments,
 * downloads and rating, and what the packages have earned. While a version is being checked the page updates itself.
 */
@Route("marketplace/mine/:packageId?")
@RolesAllowed("CHAINCODE_AUTHOR")
public class MyPackagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 2000;

    private final Marketplace marketplace;
    private final Billing billing;
    private final String authorId;
    private final VerticalLayout packages = new VerticalLayout();
    private final Paragraph earningsTotal = new Paragraph();
    private final Grid<OrderEarning> earnings = new Grid<>();
    private String shownPackageId;
    private Registration polling;

    public MyPackagesView(Marketplace marketplace, Billing billing, CurrentUser currentUser) {
        this.marketplace = marketplace;
        this.billing = billing;
        this.authorId = currentUser.get().accountId();
        packages.setPadding(false);
        packages.setId("my-packages");
        earningsTotal.setId("package-earnings-total");
        earnings.setId("package-earnings");
        earnings.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        earnings.addColumn(e -> BillingFormats.time(e.accruedAt())).setHeader(getTranslation("billing.earnings.at"))
                .setAutoWidth(true);
        earnings.addColumn(OrderEarning::nodeName).setHeader(getTranslation("marketplace.package")).setAutoWidth(true);
        earnings.addColumn(OrderEarning::orderId).setHeader(getTranslation("billing.order.id")).setAutoWidth(true);
        earnings.addColumn(e -> BillingFormats.money(e.sales())).setHeader(getTranslation("billing.earnings.sales"));
        earnings.addColumn(e -> BillingFormats.money(e.share())).setHeader(getTranslation("billing.earnings.share"));
        earnings.addColumn(e -> e.reversed() ? getTranslation("billing.earnings.reversed") : "")
                .setHeader(getTranslation("billing.order.status"));
        earnings.setAllRowsVisible(true);
        Button upload = new Button(getTranslation("marketplace.upload.title"),
                click -> UI.getCurrent().navigate(UploadPackageView.class));
        upload.setId("my-packages-upload");
        add(new HorizontalLayout(new H2(getTranslation("marketplace.mine.title")), upload), packages,
                new H3(getTranslation("marketplace.mine.earnings")), earningsTotal, earnings,
                new PayoutsPanel(billing, authorId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shownPackageId = event.getRouteParameters().get("packageId").orElse(null);
        if (isAttached()) {
            refresh();
        }
    }

    private void refresh() {
        List<PackageView> mine = marketplace.packagesOf(authorId);
        packages.removeAll();
        List<PackageView> shown = shownPackageId == null ? mine
                : mine.stream().filter(p -> p.packageId().equals(shownPackageId)).toList();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("marketplace.mine.empty"));
            empty.setId("my-packages-empty");
            packages.add(empty);
        }
        shown.forEach(p -> packages.add(card(p)));
        if (shownPackageId != null) {
            packages.add(new RouterLink(getTranslation("marketplace.mine.all"), MyPackagesView.class));
        }
        showEarnings(mine.stream().map(PackageView::packageId).collect(Collectors.toSet()));
        boolean checking = mine.stream().flatMap(p -> p.versions().stream())
                .anyMatch(v -> v.status() == VersionStatus.CHECKING);
        getUI().ifPresent(ui -> ui.setPollInterval(checking ? POLL_MILLIS : -1));
    }

    private VerticalLayout card(PackageView pkg) {
        H3 name = new H3(pkg.name() == null || pkg.name().isBlank() ? firstName(pkg) : pkg.name());
        Paragraph counts = new Paragraph(getTranslation("marketplace.mine.counts", pkg.licences(), pkg.deployments(),
                pkg.downloads(), MarketplaceFormats.rating(pkg.rating(), pkg.ratingCount())));
        counts.setId("counts-" + pkg.packageId());
        Grid<PackageVersionView> versions = new Grid<>();
        versions.setId("versions-" + pkg.packageId());
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.addColumn(PackageVersionView::version).setHeader(getTranslation("marketplace.version")).setAutoWidth(true);
        versions.addComponentColumn(v -> MarketplaceFormats.status(v.status(), v.statusDetail()))
                .setHeader(getTranslation("marketplace.review-status")).setFlexGrow(2);
        versions.addColumn(v -> MarketplaceFormats.price(v.pricing())).setHeader(getTranslation("marketplace.price"));
        versions.addColumn(v -> BillingFormats.time(v.submittedAt())).setHeader(getTranslation("marketplace.submitted-at"));
        versions.addColumn(PackageVersionView::changelog).setHeader(getTranslation("marketplace.changelog")).setFlexGrow(2);
        versions.setItems(pkg.versions());
        versions.setAllRowsVisible(true);
        VerticalLayout card = new VerticalLayout(name, counts, versions);
        if (pkg.latestApproved().isPresent()) {
            card.add(new RouterLink(getTranslation("marketplace.mine.listing"), PackageDetailView.class,
                    PackageDetailView.parameters(pkg.packageId())));
        }
        card.setPadding(false);
        card.setId("package-" + pkg.packageId());
        return card;
    }

    private static String firstName(PackageView pkg) {
        return pkg.versions().stream().findFirst().map(PackageVersionView::packageName).orElse(pkg.packageId());
    }

    /** Billing's earnings of this person, only those from sales of their packages. */
    private void showEarnings(Set<String> packageIds) {
        List<OrderEarning> sales = billing.earnings(authorId).perOrder().stream()
                .filter(e -> packageIds.contains(e.nodeId())).toList();
        Optional<Money> total = sales.stream().filter(e -> !e.reversed()).map(OrderEarning::share).reduce(Money::plus);
        earningsTotal.setText(getTranslation("billing.earnings.total", BillingFormats.money(total.orElse(Money.cny("0")))));
        earnings.setItems(sales);
        earnings.setVisible(!sales.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.mine.title") + " · OpenBSN";
    }
}
