package org.openbsn.portal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.ChaincodeUpgradeState;
import org.openbsn.applications.api.ChaincodeUpgradeView;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.applications.api.PackageRules;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.portal.ui.Formats;
import org.openbsn.portal.ui.Texts;

/**
 * The dashboard's chaincode part for an application on a marketplace package: the version it runs, how its last
 * upgrade went, and upgrading to a newer approved version after reviewing that version's functions and roles.
 */
class ChaincodeUpgradePanel extends VerticalLayout {

    private final Applications applications;
    private final Licences licences;
    private final String publisherId;
    private final Paragraph running = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Button upgrade = new Button();
    private ApplicationView application;
    private boolean upgrading;

    ChaincodeUpgradePanel(Applications applications, Licences licences, String publisherId) {
        this.applications = applications;
        this.licences = licences;
        this.publisherId = publisherId;
        setPadding(false);
        running.setId("dashboard-chaincode");
        state.setId("dashboard-upgrade-state");
        upgrade.setText(getTranslation("upgrade.action"));
        upgrade.setId("dashboard-upgrade");
        upgrade.addClickListener(click -> openChoice());
        add(new H3(getTranslation("upgrade.chaincode")), running, state, upgrade);
    }

    void show(ApplicationView shown) {
        application = shown;
        boolean runsPackage = PackageRules.runsPackage(shown.design());
        setVisible(runsPackage);
        if (!runsPackage) {
            return;
        }
        String fabricId = shown.design().chaincode().packageId();
        running.setText(applications.version(fabricId)
                .map(version -> getTranslation("upgrade.running", version.packageName(), version.version()))
                .orElse(getTranslation("upgrade.running", fabricId, "")));
        Optional<ChaincodeUpgradeView> last = applications.upgradeOf(shown.applicationId());
        upgrading = last.filter(view -> view.state() == ChaincodeUpgradeState.UPGRADING).isPresent();
        state.setVisible(last.isPresent());
        last.ifPresent(view -> {
            String target = view.fabricPackageId().split(":", 2)[0];
            state.setText(view.state() == ChaincodeUpgradeState.FAILED ? Texts.of(view.reason())
                    : getTranslation("upgrade.state." + view.state().name(), target, view.sequence()));
            state.getElement().getThemeList().clear();
            state.getElement().getThemeList().add(view.state() == ChaincodeUpgradeState.FAILED ? "badge error" : "badge");
            state.getElement().setAttribute("data-state", view.state().name());
        });
        upgrade.setEnabled(!upgrading && shown.status() == ApplicationStatus.LIVE);
    }

    /** Whether an upgrade is under way, so the dashboard keeps following it. */
    boolean isUpgrading() {
        return upgrading;
    }

    private void openChoice() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("upgrade.title"));
        dialog.setWidth("60em");
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel);
        List<PackageVersionView> newer = applications.upgradesFor(application.applicationId(), publisherId);
        if (newer.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("upgrade.none")));
            dialog.open();
            return;
        }
        PackageVersionView newest = newer.get(0);
        boolean licensed = licences.usableLicence(publisherId, newest.packageId(), application.applicationId()).isPresent();
        Grid<PackageVersionView> versions = new Grid<>();
        versions.setId("upgrade-versions");
        versions.setAllRowsVisible(true);
        versions.addColumn(PackageVersionView::version).setHeader(getTranslation("upgrade.version")).setAutoWidth(true);
        versions.addColumn(PackageVersionView::changelog).setHeader(getTranslation("upgrade.changelog")).setFlexGrow(1);
        versions.addColumn(version -> version.decidedAt() == null ? "" : Formats.date(version.decidedAt()))
                .setHeader(getTranslation("upgrade.approved")).setAutoWidth(true);
        versions.setItems(newer);
        FunctionsStep review = new FunctionsStep();
        review.setVisible(false);
        Button confirm = new Button(getTranslation("upgrade.confirm"));
        confirm.setId("upgrade-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        versions.asSingleSelect().addValueChangeListener(chosen -> {
            PackageVersionView version = chosen.getValue();
            review.setVisible(version != null);
            confirm.setEnabled(version != null && licensed);
            if (version != null) {
                List<ApplicationFunction> functions = functionsOf(version);
                review.read(functions, rolesFor(version, functions));
            }
        });
        confirm.addClickListener(click -> {
            PackageVersionView version = versions.asSingleSelect().getValue();
            show(applications.upgrade(application.applicationId(), publisherId, version.fabricPackageId(),
                    review.functions(), review.roles()));
            dialog.close();
        });
        dialog.add(new Paragraph(getTranslation("upgrade.hint")), versions);
        if (!licensed) {
            Paragraph unlicensed = new Paragraph(getTranslation("application.package-unlicensed", newest.packageName()));
            unlicensed.setId("upgrade-unlicensed");
            dialog.add(unlicensed);
        }
        dialog.add(review);
        dialog.getFooter().add(confirm);
        dialog.open();
    }

    /** The version's functions as its manifest declares them. */
    static List<ApplicationFunction> functionsOf(PackageVersionView version) {
        if (version.manifest() == null || version.manifest().functions() == null) {
            return List.of();
        }
        return version.manifest().functions().stream().map(function -> new ApplicationFunction(function.name(),
                function.chaincodeFunction(), FunctionType.valueOf(function.type().toUpperCase(Locale.ROOT)))).toList();
    }

    /** The version's suggested roles, then every role the application has besides them, each over the functions kept. */
    private List<ApplicationRole> rolesFor(PackageVersionView version, List<ApplicationFunction> functions) {
        Set<String> names = functions.stream().map(ApplicationFunction::name).collect(Collectors.toSet());
        List<ApplicationRole> roles = new ArrayList<>();
        if (version.manifest() != null && version.manifest().roles() != null) {
            version.manifest().roles().forEach(suggested -> roles.add(new ApplicationRole(suggested.name(),
                    suggested.functions().stream().filter(names::contains).toList())));
        }
        for (ApplicationRole current : application.design().roles()) {
            if (roles.stream().noneMatch(role -> role.name().equals(current.name()))) {
                roles.add(new ApplicationRole(current.name(), current.functions().stream().filter(names::contains).toList()));
            }
        }
        return roles;
    }
}
