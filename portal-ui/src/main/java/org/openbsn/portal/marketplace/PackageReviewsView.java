package org.openbsn.portal.marketplace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.node.ReasonDialog;
import org.openbsn.portal.security.CurrentUser;

/**
 * The operator's queue of package versions that passed their automatic check: manifest, functions, roles, size,
 * checksum and what the check saw; each is approved (listed) or rejected with a reason the author reads.
 */
@Route("operator/packages")
@RolesAllowed("OPERATOR")
public class PackageReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final Marketplace marketplace;
    private final Accounts accounts;
    private final String operatorId;
    private final Grid<PackageVersionView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Map<String, AccountSummary> authors = Map.of();

    public PackageReviewsView(Marketplace marketplace, Accounts accounts, CurrentUser currentUser) {
        this.marketplace = marketplace;
        this.accounts = accounts;
        this.operatorId = currentUser.get().accountId();
        setSizeFull();
        grid.setId("package-reviews");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> v.packageName() + " " + v.version()).setHeader(getTranslation("marketplace.package"))
                .setAutoWidth(true);
        grid.addColumn(v -> author(v.authorId())).setHeader(getTranslation("marketplace.author")).setFlexGrow(1);
        grid.addComponentColumn(v -> manifest(v.manifest())).setHeader(getTranslation("marketplace.manifest")).setFlexGrow(3);
        grid.addComponentColumn(this::file).setHeader(getTranslation("marketplace.file")).setFlexGrow(2);
        grid.addColumn(PackageVersionView::statusDetail).setHeader(getTranslation("marketplace.check")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("node.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        empty.setText(getTranslation("marketplace.reviews.empty"));
        empty.setId("package-reviews-empty");
        add(new H2(getTranslation("marketplace.reviews.title")), empty, grid);
        refresh();
    }

    private Component manifest(PackageManifest manifest) {
        Div text = new Div();
        text.add(new Paragraph(manifest.name() + " · " + manifest.category() + " · " + manifest.language()));
        text.add(new Paragraph(manifest.description()));
        text.add(new Paragraph(getTranslation("marketplace.functions") + ": " + manifest.functions().stream()
                .map(f -> f.name() + " → " + f.chaincodeFunction() + " (" + f.type() + ")").collect(Collectors.joining(", "))));
        text.add(new Paragraph(getTranslation("marketplace.roles") + ": " + manifest.roles().stream()
                .map(r -> r.name() + " [" + String.join(", ", r.functions()) + "]").collect(Collectors.joining("; "))));
        text.add(new Paragraph(getTranslation("marketplace.licence-terms") + ": " + manifest.licenceTerms()));
        return text;
    }

    private Component file(PackageVersionView version) {
        Div text = new Div();
        text.add(new Paragraph(MarketplaceFormats.size(version.sizeBytes()) + " · " + MarketplaceFormats.price(version.pricing())));
        Paragraph sha = new Paragraph("sha256 " + version.sha256());
        sha.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        text.add(sha, new Paragraph(version.fabricPackageId()), new Paragraph(BillingFormats.time(version.submittedAt())));
        return text;
    }

    private HorizontalLayout actions(PackageVersionView version) {
        String id = version.packageId() + "-" + version.version();
        Button approve = new Button(getTranslation("node.action.approve"), click -> {
            marketplace.approve(version.packageId(), version.version(), operatorId);
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-" + id);
        Button reject = new Button(getTranslation("node.action.reject"), click -> new ReasonDialog(
                getTranslation("marketplace.reviews.reject-title", version.packageName(), version.version()),
                getTranslation("node.action.reject"), reason -> {
                    marketplace.reject(version.packageId(), version.version(), operatorId, reason);
                    refresh();
                }).open());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        reject.setId("reject-" + id);
        return new HorizontalLayout(approve, reject);
    }

    private String author(String authorId) {
        AccountSummary author = authors.get(authorId);
        return author == null ? authorId : author.displayName() + " <" + author.email() + ">";
    }

    private void refresh() {
        List<PackageVersionView> waiting = marketplace.awaitingReview();
        authors = accounts.findAll(waiting.stream().map(PackageVersionView::authorId).distinct().toList());
        grid.setItems(waiting);
        empty.setVisible(waiting.isEmpty());
        grid.setVisible(!waiting.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.reviews.title") + " · OpenBSN";
    }
}
