package org.openbsn.portal.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place failures reach a person: a refused rule in its own words, a denial as a denial,
 * anything else as a short apology with a reference that matches the log entry.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String message = Texts.refusal(failure).map(Texts::of).orElse(null);
        if (message == null && Texts.causeOf(failure, AccessDeniedException.class).isPresent()) {
            message = Texts.t("error.access-denied");
        }
        if (message == null) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected failure, reference {}", reference, failure);
            message = Texts.t("error.unexpected", reference);
        }
        show(message);
    }

    static void show(String message) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
