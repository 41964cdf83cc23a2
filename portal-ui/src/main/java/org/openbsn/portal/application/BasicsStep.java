package org.openbsn.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationRules;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.applications.api.ChainMode;
import org.openbsn.applications.api.ManagementMode;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.WholeNumberField;

/** Wizard step: name, description, years, chain, management and certificate modes, and the chaincode. */
class BasicsStep extends FormLayout {

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final WholeNumberField years = new WholeNumberField(1, ApplicationRules.YEARS_MAX);
    private final RadioButtonGroup<ChainMode> chainMode = new RadioButtonGroup<>();
    private final RadioButtonGroup<ManagementMode> managementMode = new RadioButtonGroup<>();
    private final RadioButtonGroup<CertificateMode> certificateMode = new RadioButtonGroup<>();
    private final RadioButtonGroup<ChaincodeSource> chaincode = new RadioButtonGroup<>();
    private final PackageChoices packages;
    private Map<ChaincodeSource, String> choices = new LinkedHashMap<>();

    /** {@code onChaincodeChosen} hears each choice the publisher makes (not the value a saved draft brings back). */
    BasicsStep(PackageChoices packages, Consumer<ChaincodeSource> onChaincodeChosen) {
        this.packages = packages;
        name.setLabel(getTranslation("wizard.name"));
        name.setMaxLength(ApplicationRules.NAME_MAX);
        name.setRequired(true);
        name.setId("wizard-name");
        description.setLabel(getTranslation("wizard.description"));
        description.setMaxLength(ApplicationRules.DESCRIPTION_MAX);
        description.setId("wizard-description");
        years.setLabel(getTranslation("wizard.years"));
        years.setValue(1);
        years.setId("wizard-years");
        radio(chainMode, "chain-mode", List.of(ChainMode.values()));
        radio(managementMode, "management-mode", List.of(ManagementMode.values()));
        radio(certificateMode, "certificate-mode", List.of(CertificateMode.values()));
        chaincode.setLabel(getTranslation("wizard.chaincode"));
        chaincode.setItemLabelGenerator(value -> choices.getOrDefault(value, value.packageId()));
        chaincode.setHelperText(getTranslation("wizard.chaincode.hint"));
        chaincode.setId("wizard-chaincode");
        chaincode.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChaincodeChosen.accept(change.getValue());
            }
        });
        add(name, years, description, chaincode, chainMode, managementMode, certificateMode);
        setColspan(description, 2);
    }

    private <T extends Enum<T>> void radio(RadioButtonGroup<T> group, String key, List<T> values) {
        group.setLabel(getTranslation("wizard." + key));
        group.setItems(values);
        group.setItemLabelGenerator(value -> getTranslation("wizard." + key + "." + value.name()));
        group.setValue(values.get(0));
        group.setId("wizard-" + key);
    }

    void register(FieldErrors errors) {
        errors.register("name", name).register("description", description).register("years", years);
    }

    /** Shows the design; the chaincode choices are those usable for {@code applicationId} (null: a new draft). */
    void read(ApplicationDesign design, String applicationId) {
        choices = packages.available(applicationId);
        if (!choices.containsKey(design.chaincode())) {
            choices.put(design.chaincode(), packages.label(design.chaincode()));
        }
        chaincode.setItems(choices.keySet());
        chaincode.setValue(design.chaincode());
        name.setValue(design.name());
        description.setValue(design.description());
        years.setValue(design.years());
        chainMode.setValue(design.chainMode());
        managementMode.setValue(design.managementMode());
        certificateMode.setValue(design.certificateMode());
    }

    /** Marks the years when they are not a whole number in range; true when they are. */
    boolean yearsWhole() {
        return WholeNumberField.allWhole(List.of(years));
    }

    /** The basics as a design; nodes, functions, roles and the endorsement rule come from the other steps. */
    ApplicationDesign value() {
        return new ApplicationDesign(name.getValue().strip(), description.getValue(), List.of(),
                years.getValue() == null ? 0 : years.getValue(), chainMode.getValue(), managementMode.getValue(),
                certificateMode.getValue(), chaincode.getValue() == null ? ChaincodeSource.base() : chaincode.getValue(),
                List.of(), List.of(), null);
    }
}
