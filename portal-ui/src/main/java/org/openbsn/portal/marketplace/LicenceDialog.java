package org.openbsn.portal.marketplace;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.marketplace.api.LicenceScope;
import org.openbsn.marketplace.api.PackageView;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.portal.ui.Texts;
import org.openbsn.portal.ui.WholeNumberField;

/** Asks what a licence covers (all the publisher's applications or one) and, when sold by the year, for how many years. */
class LicenceDialog extends Dialog {

    private static final int YEARS_MAX = 5; // the marketplace sells yearly licences for 1 to 5 years

    /** What the publisher chose. */
    record Choice(LicenceScope scope, String applicationId, int years) {
    }

    LicenceDialog(PackageView pkg, List<ApplicationView> applications, Consumer<Choice> onConfirm) {
        setHeaderTitle(Texts.t("marketplace.licence.title", pkg.name()));
        RadioButtonGroup<LicenceScope> scope = new RadioButtonGroup<>(Texts.t("marketplace.licence.scope"));
        scope.setItems(LicenceScope.values());
        scope.setItemLabelGenerator(value -> Texts.t("marketplace.scope." + value.name()));
        scope.setValue(LicenceScope.PUBLISHER);
        scope.setId("licence-scope");
        Select<ApplicationView> application = new Select<>();
        application.setLabel(Texts.t("marketplace.licence.application"));
        application.setItems(applications);
        application.setItemLabelGenerator(app -> app.design().name());
        application.setVisible(false);
        application.setId("licence-application");
        scope.addValueChangeListener(change -> application.setVisible(change.getValue() == LicenceScope.APPLICATION));
        WholeNumberField years = new WholeNumberField(Texts.t("marketplace.licence.years"), 1, YEARS_MAX);
        years.setValue(1);
        years.setVisible(pkg.pricing().type() == PriceType.YEARLY);
        years.setId("licence-years");
        Paragraph price = new Paragraph(Texts.t("marketplace.licence.price", MarketplaceFormats.price(pkg.pricing())));
        add(price, scope, application, years);
        Button confirm = new Button(Texts.t(pkg.pricing().type() == PriceType.FREE ? "marketplace.licence.get-free"
                : "marketplace.licence.buy"), click -> {
            if (scope.getValue() == LicenceScope.APPLICATION && application.isEmpty()) {
                application.setErrorMessage(Texts.t("marketplace.licence.application-required"));
                application.setInvalid(true);
                return;
            }
            if (!WholeNumberField.allWhole(List.of(years))) {
                return;
            }
            close();
            onConfirm.accept(new Choice(scope.getValue(),
                    application.isEmpty() ? "" : application.getValue().applicationId(),
                    years.getValue() == null ? 1 : years.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("licence-confirm");
        getFooter().add(new Button(Texts.t("action.cancel"), click -> close()), confirm);
    }
}
