package org.openbsn.portal.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.ParticipantStatus;
import org.openbsn.applications.api.ParticipantView;
import org.openbsn.portal.node.ReasonDialog;

/** The publisher's view of who takes part: approve or turn down applications to join, invite by e-mail. */
class ParticipantsPanel extends VerticalLayout {

    private final Applications applications;
    private final Accounts accounts;
    private final Grid<ParticipantView> grid = new Grid<>();
    private final EmailField email = new EmailField();
    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final Map<String, String> names = new HashMap<>();
    private ApplicationView application;
    private String publisherId;

    ParticipantsPanel(Applications applications, Accounts accounts) {
        this.applications = applications;
        this.accounts = accounts;
        setPadding(false);
        grid.setId("dashboard-participants");
        grid.setAllRowsVisible(true);
        grid.addColumn(participant -> names.getOrDefault(participant.accountId(), participant.accountId()))
                .setHeader(getTranslation("participants.who")).setAutoWidth(true);
        grid.addColumn(participant -> getTranslation("participant.status." + participant.status().name()))
                .setHeader(getTranslation("participants.status"));
        grid.addColumn(participant -> String.join(", ", participant.roles())).setHeader(getTranslation("participants.roles"));
        grid.addColumn(ParticipantView::note).setHeader(getTranslation("participants.note"));
        grid.addComponentColumn(this::actions);
        email.setLabel(getTranslation("participants.invite.email"));
        email.setId("invite-email");
        roles.setLabel(getTranslation("participants.roles"));
        roles.setId("invite-roles");
        Button invite = new Button(getTranslation("participants.invite"), click -> invite());
        invite.setId("invite-send");
        HorizontalLayout inviteRow = new HorizontalLayout(email, roles, invite);
        inviteRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("participants.title")), grid, inviteRow);
    }

    void show(ApplicationView shown, String publisher) {
        application = shown;
        publisherId = publisher;
        names.clear();
        accounts.findAll(shown.participants().stream().map(ParticipantView::accountId).toList())
                .forEach((id, account) -> names.put(id, account.displayName() + " <" + account.email() + ">"));
        grid.setItems(shown.participants());
        roles.setItems(shown.design().roles().stream().map(ApplicationRole::name).toList());
    }

    private HorizontalLayout actions(ParticipantView participant) {
        HorizontalLayout actions = new HorizontalLayout();
        if (participant.status() == ParticipantStatus.APPLIED) {
            Button approve = new Button(getTranslation("participants.approve"), click -> {
                applications.approve(application.applicationId(), publisherId, participant.accountId(), participant.roles());
                refresh();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            approve.setId("approve-" + participant.accountId());
            Button reject = new Button(getTranslation("participants.reject"), click -> new ReasonDialog(
                    getTranslation("participants.reject"), getTranslation("participants.reject"), reason -> {
                        applications.reject(application.applicationId(), publisherId, participant.accountId(), reason);
                        refresh();
                    }).open());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, reject);
        }
        return actions;
    }

    private void invite() {
        email.setInvalid(false);
        var account = accounts.findLogin(email.getValue().strip()).filter(login -> login.roles().contains(Role.PARTICIPANT));
        if (account.isEmpty()) {
            email.setErrorMessage(getTranslation("participants.invite.unknown"));
            email.setInvalid(true);
            return;
        }
        Set<String> chosen = roles.getValue();
        applications.invite(application.applicationId(), publisherId, account.get().accountId(), List.copyOf(chosen));
        email.clear();
        roles.clear();
        refresh();
    }

    private void refresh() {
        applications.find(application.applicationId()).ifPresent(view -> show(view, publisherId));
    }
}
