package org.openbsn.portal.node;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.openbsn.noderegistry.api.NodeRules;
import org.openbsn.portal.ui.Texts;

/** Asks the operator why (rejecting or suspending a node); the reason is required. */
public class ReasonDialog extends Dialog {

    public ReasonDialog(String title, String confirmLabel, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(Texts.t("field.reason"));
        reason.setId("reason");
        reason.setWidth("30em");
        reason.setMaxLength(NodeRules.REASON_MAX);
        add(reason);
        Button confirm = new Button(confirmLabel, click -> {
            var violation = NodeRules.reason(reason.getValue());
            if (violation.isPresent()) {
                reason.setErrorMessage(Texts.of(violation.get()));
                reason.setInvalid(true);
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-reason");
        getFooter().add(new Button(Texts.t("action.cancel"), click -> close()), confirm);
    }
}
