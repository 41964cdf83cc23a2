package org.openbsn.portal.marketplace;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.openbsn.portal.ui.Texts;

/** A licensee rates a package from one to five stars and says why; rating again replaces the earlier review. */
class RateDialog extends Dialog {

    RateDialog(String packageName, BiConsumer<Integer, String> onConfirm) {
        setHeaderTitle(Texts.t("marketplace.rate.title", packageName));
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(Texts.t("marketplace.rate.stars"));
        stars.setItems(1, 2, 3, 4, 5);
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        stars.setValue(5);
        stars.setId("rate-stars");
        TextArea text = new TextArea(Texts.t("marketplace.rate.text"));
        text.setWidth("30em");
        text.setMaxLength(2000);
        text.setId("rate-text");
        add(stars, text);
        Button confirm = new Button(Texts.t("marketplace.rate.send"), click -> {
            onConfirm.accept(stars.getValue(), text.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("rate-send");
        getFooter().add(new Button(Texts.t("action.cancel"), click -> close()), confirm);
    }
}
