package org.openbsn.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Languages;
import org.openbsn.portal.security.CurrentUser;

/** Switches the portal between English and Simplified Chinese; a signed-in person's choice is remembered. */
public class LanguageSelect extends Select<String> {

    public LanguageSelect(CurrentUser currentUser, Accounts accounts) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(language -> Languages.SIMPLIFIED_CHINESE.equals(language) ? "简体中文" : "English");
        setAriaLabel(Texts.t("language.label"));
        setId("language-select");
        setWidth("9em");
        setValue(Languages.closestTo(UI.getCurrent().getLocale()));
        addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            VaadinSession.getCurrent().setAttribute(PortalUiSetup.LANGUAGE_ATTRIBUTE, change.getValue());
            currentUser.find().ifPresent(user -> accounts.changeLanguage(user.accountId(), change.getValue()));
            UI.getCurrent().getPage().reload();
        });
    }
}
