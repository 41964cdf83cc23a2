package org.openbsn.portal.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.openbsn.accounts.api.Role;
import org.openbsn.portal.security.CurrentUser;

/** Greets the person and says what each of their roles can do here. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        H2 title = new H2(getTranslation("home.title"));
        title.setId("home-title");
        add(title, new Paragraph(getTranslation("app.tagline")));
        for (Role role : Role.values()) {
            if (currentUser.get().holds(role)) {
                add(new Paragraph(getTranslation("home.role-line", getTranslation("role." + role.name()),
                        getTranslation("home.role." + role.name()))));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · OpenBSN";
    }
}
