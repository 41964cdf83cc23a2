package org.openbsn.portal.application;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationRules;
import org.openbsn.applications.api.EndorsementChoice;
import org.openbsn.applications.api.EndorsementChoice.Kind;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.WholeNumberField;

/** The wizard's choice of how many of the chosen nodes' organisations must endorse a transaction. */
class EndorsementField extends VerticalLayout {

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final WholeNumberField n = new WholeNumberField(1, ApplicationRules.NODES_MAX);

    EndorsementField() {
        setPadding(false);
        kind.setLabel(getTranslation("wizard.endorsement"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation("wizard.endorsement." + value.name()));
        kind.setHelperText(getTranslation("wizard.endorsement.hint"));
        kind.setId("wizard-endorsement");
        kind.addValueChangeListener(change -> n.setVisible(change.getValue() == Kind.AT_LEAST));
        n.setLabel(getTranslation("wizard.endorsement.n"));
        n.setId("wizard-endorsement-n");
        n.setWidth("7em");
        add(kind, n);
        read(EndorsementChoice.majority());
    }

    /** The rule in the reader's words, with how many nodes' organisations it counts over. */
    static String describe(Component in, ApplicationDesign design) {
        return in.getTranslation("endorsement." + design.endorsement().kind().name(), design.endorsement().n(),
                design.nodes().size());
    }

    void register(FieldErrors errors) {
        errors.register("endorsement", n);
    }

    void read(EndorsementChoice choice) {
        kind.setValue(choice.kind());
        n.setValue(choice.kind() == Kind.AT_LEAST ? choice.n() : 1);
        n.setVisible(choice.kind() == Kind.AT_LEAST);
    }

    /** Marks N when it is asked for and not a whole number in range; true when it is fine. */
    boolean whole() {
        return !n.isVisible() || WholeNumberField.allWhole(List.of(n));
    }

    EndorsementChoice value() {
        return new EndorsementChoice(kind.getValue(), n.getValue() == null ? 0 : n.getValue());
    }
}
