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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.portal.home.HomeView;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.security.LoginThrottle;
import org.openbsn.portal.ui.LanguageSelect;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in with e-mail address and password; links to sign-up. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final LoginThrottle.Limits limits;

    public LoginView(CurrentUser currentUser, Accounts accounts, LoginThrottle.Limits limits) {
        this.currentUser = currentUser;
        this.limits = limits;
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
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof LockedException) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle(getTranslation("login.title"));
            i18n.getForm().setUsername(getTranslation("field.email"));
            i18n.getForm().setPassword(getTranslation("field.password"));
            i18n.getForm().setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", limits.lockout().toMinutes()));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** The reason Spring Security recorded for the last failed sign-in in this session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · OpenBSN";
    }
}
