package org.openbsn.portal.marketplace;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.Applications;
import org.openbsn.billing.api.Billing;
import org.openbsn.marketplace.api.LicenceStatus;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageReview;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.PackageView;
import org.openbsn.marketplace.api.SuggestedRole;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.security.PortalUser;

/**
 * A listed package: what it does, its versions and what changed in each, its functions and suggested roles, price,
 * rating, reviews and counts. Publishers license it here; licensees download and rate it.
 */
@Route("marketplace/packages/:packageId")
@PermitAll
public class PackageDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Marketplace marketplace;
    private final Licences licences;
    private final Billing billing;
    private final Applications applications;
    private final Accounts accounts;
    private final PortalUser user;
    private String title = "";

    public PackageDetailView(Marketplace marketplace, Licences licences, Billing billing, Applications applications,
                             Accounts accounts, CurrentUser currentUser) {
        this.marketplace = marketplace;
        this.licences = licences;
        this.billing = billing;
        this.applications = applications;
        this.accounts = accounts;
        this.user = currentUser.get();
    }

    public static RouteParameters parameters(String packageId) {
        return new RouteParameters("packageId", packageId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String packageId = event.getRouteParameters().get("packageId").orElse("");
        removeAll();
        Optional<PackageView> listing = marketplace.listing(packageId);
        if (listing.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("marketplace.package.not-listed", packageId));
            missing.setId("package-not-listed");
            add(missing);
            return;
        }
        show(listing.get());
    }

    private void show(PackageView pkg) {
        title = pkg.name();
        H2 name = new H2(pkg.name());
        name.setId("package-name");
        String author = accounts.find(pkg.authorId()).map(a -> a.displayName()).orElse(pkg.authorId());
        Paragraph byline = new Paragraph(getTranslation("marketplace.package.byline", author, pkg.category(), pkg.language(),
                String.join(", ", pkg.tags())));
        Paragraph description = new Paragraph(pkg.description());
        description.setId("package-description");
        Paragraph price = new Paragraph(getTranslation("marketplace.price") + ": " + MarketplaceFormats.price(pkg.pricing()));
        price.setId("package-price");
        Paragraph counts = new Paragraph(getTranslation("marketplace.package.counts",
                MarketplaceFormats.rating(pkg.rating(), pkg.ratingCount()), pkg.licences(), pkg.deployments(), pkg.downloads()));
        counts.setId("package-counts");
        Paragraph terms = new Paragraph(getTranslation("marketplace.licence-terms") + ": " + pkg.licenceTerms());
        add(name, byline, description, price, counts, terms, actions(pkg));

        PackageVersionView latest = pkg.latestApproved().orElseThrow();
        Paragraph latestVersion = new Paragraph(getTranslation("marketplace.package.latest", latest.version()));
        latestVersion.setId("package-latest");
        add(new H3(getTranslation("marketplace.functions")), latestVersion, functions(latest),
                new H3(getTranslation("marketplace.roles")), roles(latest),
                new H3(getTranslation("marketplace.versions")), versions(pkg),
                new H3(getTranslation("marketplace.reviews")), reviews(pkg));
    }

    /** License for publishers without a usable licence; download and rate for licensees (and download for the author). */
    private Component actions(PackageView pkg) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("package-actions");
        boolean author = pkg.authorId().equals(user.accountId());
        boolean buyer = user.holds(Role.PUBLISHER) && !author;
        Optional<LicenceView> licence = user.holds(Role.PUBLISHER)
                ? licences.usableLicence(user.accountId(), pkg.packageId(), "") : Optional.empty();
        Optional<LicenceView> unpaid = buyer && licence.isEmpty() ? pending(pkg) : Optional.empty();
        if (licence.isPresent()) {
            Span licensed = new Span(getTranslation("marketplace.package.licensed"));
            licensed.getElement().getThemeList().addAll(List.of("badge", "success"));
            licensed.setId("package-licensed");
            Button rate = new Button(getTranslation("marketplace.rate.action"), click -> new RateDialog(pkg.name(),
                    (stars, text) -> {
                        marketplace.rate(pkg.packageId(), user.accountId(), stars, text);
                        UI.getCurrent().getPage().reload();
                    }).open());
            rate.setId("package-rate");
            actions.add(licensed, rate);
        } else if (unpaid.isPresent()) {
            String orderId = unpaid.get().orderId();
            Button pay = new Button(getTranslation("marketplace.licence.pay-pending"), click -> UI.getCurrent().getPage()
                    .setLocation(billing.checkout(orderId, user.accountId(), "/marketplace/packages/" + pkg.packageId())));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.setId("package-pay-licence");
            actions.add(pay);
        } else if (buyer) {
            Button license = new Button(getTranslation("marketplace.licence.action"), click -> new LicenceDialog(pkg,
                    applications.publishedBy(user.accountId()), choice -> license(pkg, choice)).open());
            license.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            license.setId("package-license");
            actions.add(license);
        }
        if (licence.isPresent() || author) {
            actions.add(download(pkg.packageId(), pkg.latestApproved().orElseThrow().version()));
        }
        return actions;
    }

    /** The publisher's licence of this package still waiting for its payment, if any. */
    private Optional<LicenceView> pending(PackageView pkg) {
        return licences.licencesOf(user.accountId()).stream()
                .filter(l -> l.packageId().equals(pkg.packageId()) && l.status() == LicenceStatus.AWAITING_PAYMENT)
                .findFirst();
    }

    private void license(PackageView pkg, LicenceDialog.Choice choice) {
        LicenceView licence = licences.requestLicence(user.accountId(), pkg.packageId(), choice.scope(),
                choice.applicationId(), choice.years());
        if (licence.status() == LicenceStatus.AWAITING_PAYMENT) {
            String checkoutUrl = billing.checkout(licence.orderId(), user.accountId(),
                    "/marketplace/packages/" + pkg.packageId());
            UI.getCurrent().getPage().setLocation(checkoutUrl);
            return;
        }
        Notification.show(getTranslation("marketplace.licence.active", pkg.name()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().getPage().reload();
    }

    private Anchor download(String packageId, String version) {
        String actorId = user.accountId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> marketplace.download(packageId, version, actorId)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                        "application/gzip", file.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404))), getTranslation("marketplace.download", version));
        link.setId("package-download");
        return link;
    }

    private Grid<ManifestFunction> functions(PackageVersionView version) {
        Grid<ManifestFunction> grid = new Grid<>();
        grid.setId("package-functions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ManifestFunction::name).setHeader(getTranslation("wizard.functions.name"));
        grid.addColumn(ManifestFunction::chaincodeFunction).setHeader(getTranslation("wizard.functions.chaincode"));
        grid.addColumn(ManifestFunction::type).setHeader(getTranslation("wizard.functions.type"));
        grid.setItems(version.manifest().functions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component roles(PackageVersionView version) {
        VerticalLayout roles = new VerticalLayout();
        roles.setPadding(false);
        roles.setSpacing(false);
        roles.setId("package-roles");
        for (SuggestedRole role : version.manifest().roles()) {
            roles.add(new Span(role.name() + ": " + role.functions().stream().collect(Collectors.joining(", "))));
        }
        return roles;
    }

    private Grid<PackageVersionView> versions(PackageView pkg) {
        Grid<PackageVersionView> grid = new Grid<>();
        grid.setId("package-versions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PackageVersionView::version).setHeader(getTranslation("marketplace.version")).setAutoWidth(true);
        grid.addColumn(v -> BillingFormats.time(v.decidedAt())).setHeader(getTranslation("marketplace.listed-at"))
                .setAutoWidth(true);
        grid.addColumn(PackageVersionView::changelog).setHeader(getTranslation("marketplace.changelog")).setFlexGrow(3);
        grid.setItems(pkg.versions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component reviews(PackageView pkg) {
        VerticalLayout reviews = new VerticalLayout();
        reviews.setPadding(false);
        reviews.setId("package-reviews");
        if (pkg.reviews().isEmpty()) {
            reviews.add(new Paragraph(getTranslation("marketplace.reviews.none")));
        }
        var raters = accounts.findAll(pkg.reviews().stream().map(PackageReview::raterId).distinct().toList());
        for (PackageReview review : pkg.reviews()) {
            String rater = raters.containsKey(review.raterId()) ? raters.get(review.raterId()).displayName() : review.raterId();
            reviews.add(new Paragraph("★".repeat(review.stars()) + " " + rater + " · " + BillingFormats.time(review.ratedAt())
                    + " — " + review.text()));
        }
        return reviews;
    }

    @Override
    public String getPageTitle() {
        return title + " · OpenBSN";
    }
}
