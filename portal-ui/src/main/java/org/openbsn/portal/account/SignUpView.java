package org.openbsn.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.openbsn.accounts.api.AccountRules;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Languages;
import org.openbsn.accounts.api.Role;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.Texts;

/** Opens an account with the roles a person chooses (all but operator). */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final FieldErrors errors = new FieldErrors();
    private final Accounts accounts;

    public SignUpView(Accounts accounts) {
        this.accounts = accounts;
        setMaxWidth("40em");
        email.setLabel(getTranslation("field.email"));
        email.setId("email");
        displayName.setLabel(getTranslation("field.displayName"));
        displayName.setId("display-name");
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("signup.password-help", AccountRules.PASSWORD_MIN));
        password.setId("password");
        confirm.setLabel(getTranslation("field.confirmPassword"));
        confirm.setId("confirm-password");
        roles.setLabel(getTranslation("field.roles"));
        roles.setItems(List.of(Role.NODE_OWNER, Role.PUBLISHER, Role.CHAINCODE_AUTHOR, Role.PARTICIPANT));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setId("roles");
        errors.register("email", email).register("displayName", displayName).register("password", password)
                .register("confirmPassword", confirm).register("roles", roles);

        Button submit = new Button(getTranslation("signup.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("sign-up");
        FormLayout form = new FormLayout(email, displayName, password, confirm, roles);
        form.setColspan(roles, 2);
        add(new H2(getTranslation("signup.title")), form, submit,
                new RouterLink(getTranslation("signup.have-account"), LoginView.class));
    }

    /** Names every problem of the form at once, then opens the account. */
    private void submit() {
        errors.clear();
        String language = Languages.closestTo(UI.getCurrent().getLocale());
        Set<Role> chosen = Set.copyOf(roles.getValue());
        List<FieldViolation> problems = new ArrayList<>(AccountRules.checkSelfServiceSignUp(email.getValue(),
                displayName.getValue(), password.getValue(), chosen, language));
        if (!password.getValue().equals(confirm.getValue())) {
            problems.add(FieldViolation.of("confirmPassword", "rule.passwords-differ", "the two passwords differ"));
        }
        try {
            InvalidInputException.throwIfAny(problems);
            accounts.signUp(email.getValue(), displayName.getValue(), password.getValue(), chosen, language);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return;
        }
        Notification.show(getTranslation("signup.done"), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(LoginView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · OpenBSN";
    }
}
