package org.openbsn.portal.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.portal.node.ReasonDialog;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Texts;

/** Operators watch every published application and suspend one (saying why) or let it run again. */
@Route("operator/applications")
@RolesAllowed("OPERATOR")
public class OperatorApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final Applications applications;
    private final String operatorId;
    private final Grid<ApplicationView> grid = new Grid<>();

    public OperatorApplicationsView(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.operatorId = currentUser.get().accountId();
        grid.setId("operator-applications");
        grid.addColumn(app -> app.design().name()).setHeader(getTranslation("wizard.name")).setAutoWidth(true);
        grid.addColumn(ApplicationView::appCode).setHeader(getTranslation("operator.apps.app-code")).setAutoWidth(true);
        grid.addColumn(app -> getTranslation("application.status." + app.status().name())).setHeader(getTranslation("published.status"));
        grid.addColumn(app -> app.design().totalTps()).setHeader(getTranslation("field.tps"));
        grid.addColumn(app -> Texts.of(app.statusReason())).setHeader(getTranslation("operator.apps.reason"));
        grid.addComponentColumn(this::actions);
        add(new H2(getTranslation("operator.apps.title")), grid);
        refresh();
    }

    private HorizontalLayout actions(ApplicationView application) {
        HorizontalLayout actions = new HorizontalLayout();
        if (application.status() == ApplicationStatus.LIVE) {
            Button suspend = new Button(getTranslation("operator.apps.suspend"), click -> new ReasonDialog(
                    getTranslation("operator.apps.suspend"), getTranslation("operator.apps.suspend"), reason -> {
                        applications.suspend(application.applicationId(), operatorId, reason);
                        refresh();
                    }).open());
            suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            suspend.setId("suspend-" + application.appCode());
            actions.add(suspend);
        } else if (application.status() == ApplicationStatus.SUSPENDED) {
            Button resume = new Button(getTranslation("operator.apps.resume"), click -> {
                applications.resume(application.applicationId(), operatorId);
                refresh();
            });
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            resume.setId("resume-" + application.appCode());
            actions.add(resume);
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(applications.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.apps.title");
    }
}
