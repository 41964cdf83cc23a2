package org.openbsn.portal.account;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.portal.home.HomeView;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.LanguageSelect;

/** Sign-in with e-mail address and password; links to sign-up. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    public LoginView(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("field.email"));
        i18n.getForm().setPassword(getTranslation("field.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        RouterLink signUp = new RouterLink(getTranslation("login.sign-up"), SignUpView.class);
        signUp.setId("sign-up-link");
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("app.tagline")), form, signUp,
                new LanguageSelect(currentUser, accounts));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · OpenBSN";
    }
}
