package org.openbsn.portal.application;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.portal.security.CurrentUser;

/** A publisher's applications, newest first, each opening its wizard (drafts) or its dashboard. */
@Route("applications")
@RolesAllowed("PUBLISHER")
public class MyPublishedApplicationsView extends VerticalLayout implements HasDynamicTitle {

    public MyPublishedApplicationsView(Applications applications, CurrentUser currentUser) {
        Button create = new Button(getTranslation("published.new"), click -> UI.getCurrent().navigate(PublishWizardView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("published-new");
        Grid<ApplicationView> grid = new Grid<>();
        grid.setId("published-applications");
        grid.addColumn(app -> app.design().name()).setHeader(getTranslation("wizard.name")).setAutoWidth(true);
        grid.addColumn(app -> getTranslation("application.status." + app.status().name())).setHeader(getTranslation("published.status"));
        grid.addColumn(app -> app.design().nodes().size()).setHeader(getTranslation("published.nodes"));
        grid.addColumn(app -> app.design().totalTps()).setHeader(getTranslation("field.tps"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(applications.publishedBy(currentUser.get().accountId()));
        add(new H2(getTranslation("published.title")), create, grid);
    }

    private static void open(ApplicationView application) {
        if (application.status() == ApplicationStatus.DRAFT) {
            UI.getCurrent().navigate(PublishWizardView.class, ApplicationDashboardView.parameters(application.applicationId()));
        } else {
            UI.getCurrent().navigate(ApplicationDashboardView.class, ApplicationDashboardView.parameters(application.applicationId()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("published.title");
    }
}
