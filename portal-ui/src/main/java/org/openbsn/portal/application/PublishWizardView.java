package org.openbsn.portal.application;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.Texts;

/**
 * The publishing wizard: basics and modes, nodes and resources, functions and roles, then the
 * itemised quote and payment. Every step is saved as a draft, so nothing is lost between visits.
 */
@Route("applications/edit/:applicationId?")
@RolesAllowed("PUBLISHER")
public class PublishWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Applications applications;
    private final String publisherId;
    private final BasicsStep basics;
    private final NodesStep nodes;
    private final FunctionsStep functions = new FunctionsStep();
    private final ReviewStep review;
    private final Tabs tabs = new Tabs();
    private final List<Component> steps;
    private final Button back = new Button();
    private final Button next = new Button();
    private final Paragraph status = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private ApplicationView application;

    public PublishWizardView(Applications applications, CityNodes cityNodes, Marketplace marketplace, Licences licences,
                             CurrentUser currentUser) {
        this.applications = applications;
        this.publisherId = currentUser.get().accountId();
        PackageChoices packages = new PackageChoices(marketplace, licences, publisherId);
        this.basics = new BasicsStep(packages, chosen -> {
            List<ApplicationFunction> offered = packages.functionsOf(chosen);
            functions.read(offered, packages.rolesOf(chosen, offered));
        });
        this.nodes = new NodesStep(cityNodes);
        this.review = new ReviewStep(applications, this::pay);
        this.steps = List.of(basics, nodes, functions, review);
        basics.register(errors);
        nodes.endorsement.register(errors);
        for (String key : List.of("wizard.step.basics", "wizard.step.nodes", "wizard.step.functions", "wizard.step.review")) {
            Tab tab = new Tab(getTranslation(key));
            tab.setId(key.replace('.', '-'));
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(change -> {
            if (change.isFromClient() && !saveAndShow(tabs.getSelectedIndex())) {
                tabs.setSelectedIndex(change.getPreviousTab() == null ? 0 : tabs.indexOf(change.getPreviousTab()));
            }
        });
        back.setText(getTranslation("wizard.back"));
        back.setId("wizard-back");
        back.addClickListener(click -> saveAndShow(tabs.getSelectedIndex() - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> saveAndShow(tabs.getSelectedIndex() + 1));
        status.setId("wizard-status");
        add(new H2(getTranslation("wizard.title")), status, tabs);
        steps.forEach(this::add);
        add(new HorizontalLayout(back, next));
        read(ApplicationDesign.draft("", "")); // a new application starts with the base chaincode and SysAdmin
        show(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("applicationId");
        if (id.isEmpty()) {
            return;
        }
        Optional<ApplicationView> found = applications.find(id.get()).filter(app -> app.publisherId().equals(publisherId));
        if (found.isEmpty()) {
            event.forwardTo(MyPublishedApplicationsView.class);
            return;
        }
        application = found.get();
        if (application.status() != ApplicationStatus.DRAFT && application.status() != ApplicationStatus.AWAITING_PAYMENT) {
            event.forwardTo(ApplicationDashboardView.class, ApplicationDashboardView.parameters(application.applicationId()));
            return;
        }
        read(application.design());
        status.setText(Texts.of(application.statusReason()));
    }

    private void read(ApplicationDesign design) {
        basics.read(design, application == null ? null : application.applicationId());
        nodes.read(design.nodes());
        nodes.endorsement.read(design.endorsement());
        functions.read(design.functions(), design.roles());
    }

    private ApplicationDesign design() {
        ApplicationDesign base = basics.value();
        return new ApplicationDesign(base.name(), base.description(), nodes.value(), base.years(), base.chainMode(),
                base.managementMode(), base.certificateMode(), base.chaincode(), functions.functions(), functions.roles(),
                nodes.endorsement.value());
    }

    /** Saves the draft, then shows step {@code index}; on a refusal stays and names the problem. */
    private boolean saveAndShow(int index) {
        errors.clear();
        if (!(basics.yearsWhole() & nodes.resourcesWhole() & nodes.endorsement.whole())) { // both, so every wrong field is marked at once
            status.setText(getTranslation("wizard.fix-marked"));
            return false;
        }
        try {
            ApplicationDesign design = design();
            if (application == null) {
                application = applications.createDraft(publisherId, design.name(), design.description());
                UI.getCurrent().getPage().getHistory().replaceState(null, "applications/edit/" + application.applicationId());
            }
            application = applications.saveDraft(application.applicationId(), publisherId, design);
        } catch (InvalidInputException refused) {
            InvalidInputException invalid = new InvalidInputException(refused.violations().stream().map(nodes::named).toList());
            errors.show(invalid);
            status.setText(invalid.violations().stream().map(Texts::of).reduce((a, b) -> a + " · " + b).orElse(""));
            return false;
        }
        status.setText(Texts.of(application.statusReason())); // the refusal just shown no longer holds
        show(Math.max(0, Math.min(index, steps.size() - 1)));
        return true;
    }

    private void show(int index) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == index);
        }
        tabs.setSelectedIndex(index);
        back.setEnabled(index > 0);
        next.setVisible(index < steps.size() - 1);
        if (steps.get(index) == review && application != null) {
            review.show(application);
        }
    }

    private void pay() {
        String returnUrl = "/applications/" + application.applicationId();
        String checkoutUrl = applications.order(application.applicationId(), publisherId, returnUrl);
        UI.getCurrent().getPage().setLocation(checkoutUrl);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title");
    }
}
