package org.openbsn.portal.application;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.ParticipantStatus;
import org.openbsn.applications.api.ParticipantView;
import org.openbsn.portal.security.CurrentUser;

/** Live applications a participant can join: apply with a role, accept an invitation, see where each stands. */
@Route("applications/join")
@RolesAllowed("PARTICIPANT")
public class JoinApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final Applications applications;
    private final String accountId;
    private final Grid<ApplicationView> grid = new Grid<>();

    public JoinApplicationsView(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.accountId = currentUser.get().accountId();
        grid.setId("join-applications");
        grid.addColumn(app -> app.design().name()).setHeader(getTranslation("wizard.name")).setAutoWidth(true);
        grid.addColumn(app -> app.design().description()).setHeader(getTranslation("wizard.description"));
        grid.addColumn(app -> standing(app)).setHeader(getTranslation("participants.status"));
        grid.addComponentColumn(this::action);
        add(new H2(getTranslation("join.title")), new Paragraph(getTranslation("join.hint")), grid);
        refresh();
    }

    private String standing(ApplicationView application) {
        return mine(application).map(p -> getTranslation("participant.status." + p.status().name())).orElse("");
    }

    private Optional<ParticipantView> mine(ApplicationView application) {
        return application.participants().stream().filter(p -> p.accountId().equals(accountId)).findFirst();
    }

    private HorizontalLayout action(ApplicationView application) {
        HorizontalLayout actions = new HorizontalLayout();
        ParticipantStatus status = mine(application).map(ParticipantView::status).orElse(null);
        if (status == ParticipantStatus.INVITED) {
            Button accept = new Button(getTranslation("join.accept"), click -> {
                applications.accept(application.applicationId(), accountId);
                refresh();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            accept.setId("accept-" + application.appCode());
            actions.add(accept);
        } else if (status == null && !application.publisherId().equals(accountId)) {
            Button apply = new Button(getTranslation("join.apply"), click -> applyDialog(application));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            apply.setId("apply-" + application.appCode());
            actions.add(apply);
        }
        return actions;
    }

    private void applyDialog(ApplicationView application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("join.apply-to", application.design().name()));
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("join.role"));
        role.setItems(application.design().roles().stream().map(ApplicationRole::name).toList());
        role.setId("apply-role");
        TextArea note = new TextArea(getTranslation("participants.note"));
        note.setMaxLength(500);
        note.setId("apply-note");
        Button send = new Button(getTranslation("join.apply"), click -> {
            if (role.isEmpty()) {
                role.setErrorMessage(getTranslation("join.role-required"));
                role.setInvalid(true);
                return;
            }
            applications.applyToJoin(application.applicationId(), accountId, role.getValue(), note.getValue());
            dialog.close();
            refresh();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("apply-send");
        dialog.add(new VerticalLayout(role, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(applications.live());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title");
    }
}
