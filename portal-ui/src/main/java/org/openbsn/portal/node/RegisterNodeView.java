package org.openbsn.portal.node;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.security.CurrentUser;

/** A node owner lists a new city node; it waits for an operator's approval. */
@Route("nodes/register")
@RolesAllowed("NODE_OWNER")
public class RegisterNodeView extends VerticalLayout implements HasDynamicTitle {

    public RegisterNodeView(CityNodes nodes, CurrentUser currentUser) {
        setMaxWidth("60em");
        NodeForm form = new NodeForm(NodeForm.all());
        form.addSaveListener(save -> {
            try {
                nodes.register(currentUser.get().accountId(), save.data().details(), save.data().capacity(),
                        save.data().prices());
            } catch (InvalidInputException invalid) {
                form.showErrors(invalid);
                return;
            }
            Notification.show(getTranslation("node.registered"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(MyNodesView.class);
        });
        Button submit = new Button(getTranslation("node.register.submit"), click -> form.submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-node");
        add(new H2(getTranslation("node.register.title")), new Paragraph(getTranslation("node.register.intro")), form,
                submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("node.register.title") + " · OpenBSN";
    }
}
