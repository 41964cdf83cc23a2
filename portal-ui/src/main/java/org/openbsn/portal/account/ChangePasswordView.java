package org.openbsn.portal.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.portal.home.HomeView;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.FieldErrors;

/** Replaces the signed-in person's password; operators with a one-time password land here first. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final FieldErrors errors = new FieldErrors();

    public ChangePasswordView(CurrentUser currentUser, Accounts accounts) {
        setMaxWidth("40em");
        current.setLabel(getTranslation("field.currentPassword"));
        current.setId("current-password");
        fresh.setLabel(getTranslation("field.newPassword"));
        fresh.setId("new-password");
        confirm.setLabel(getTranslation("field.confirmPassword"));
        confirm.setId("confirm-password");
        errors.register("currentPassword", current).register("newPassword", fresh).register("confirmPassword", confirm);
        Button save = new Button(getTranslation("password.submit"), click -> {
            errors.clear();
            if (!fresh.getValue().equals(confirm.getValue())) {
                errors.show("confirmPassword", getTranslation("rule.passwords-differ"));
                return;
            }
            try {
                accounts.changePassword(currentUser.get().accountId(), current.getValue(), fresh.getValue());
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
                return;
            }
            Notification.show(getTranslation("password.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(HomeView.class);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")),
                new FormLayout(current, fresh, confirm), save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · OpenBSN";
    }
}
