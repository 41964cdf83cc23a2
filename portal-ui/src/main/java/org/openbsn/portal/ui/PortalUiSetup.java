package org.openbsn.portal.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Languages;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Sets up each session and page: the global error handler, the person's language, and the rule
 * that an operator holding a one-time password changes it before anything else.
 */
@Component
class PortalUiSetup implements VaadinServiceInitListener {

    static final String LANGUAGE_ATTRIBUTE = "bsn.language";
    /** Set once the signed-in person is known to hold no one-time password, so navigation stops asking. */
    private static final String PASSWORD_SETTLED_ATTRIBUTE = "bsn.password-settled";
    /** The change-password view's route (named, not imported, so this package depends on no view). */
    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final CurrentUser currentUser;
    private final Accounts accounts;

    PortalUiSetup(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            applyLanguage(ui);
            ui.addBeforeEnterListener(this::requirePasswordChange);
        });
    }

    private void applyLanguage(UI ui) {
        String language = currentUser.find()
                .flatMap(user -> accounts.find(user.accountId()))
                .map(account -> account.language())
                .or(() -> Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(LANGUAGE_ATTRIBUTE)))
                .orElseGet(() -> Languages.closestTo(VaadinRequest.getCurrent().getLocale()));
        ui.setLocale(Languages.toLocale(language));
    }

    private void requirePasswordChange(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_SETTLED_ATTRIBUTE))
                || CHANGE_PASSWORD_ROUTE.equals(event.getLocation().getPath())) {
            return;
        }
        currentUser.find()
                .map(PortalUser::getUsername)
                .flatMap(accounts::findLogin)
                .ifPresent(login -> {
                    if (login.mustChangePassword()) {
                        event.forwardTo(CHANGE_PASSWORD_ROUTE);
                    } else {
                        session.setAttribute(PASSWORD_SETTLED_ATTRIBUTE, true);
                    }
                });
    }
}
