package org.openbsn.portal.node;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.NodeRules;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.RuleValidator;
import org.openbsn.portal.ui.WholeNumberField;

/**
 * The city-node form: details, capacity and yearly unit prices, each checked with the registry's
 * own rules as the person types. It fires {@link SaveEvent} with valid data and leaves saving to the view.
 */
public class NodeForm extends Composite<VerticalLayout> {

    /** The parts of a node a form can edit. */
    public enum Section { DETAILS, CAPACITY, PRICES }

    private final Binder<NodeFormData> binder = new Binder<>(NodeFormData.class);
    private final FieldErrors errors = new FieldErrors();
    private final NodeFormData data;

    public NodeForm(Set<Section> sections, NodeFormData initial) {
        this.data = initial;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        if (sections.contains(Section.DETAILS)) {
            layout.add(section("node.section.details",
                    text("name", NodeRules.NAME_MAX, NodeFormData::getName, NodeFormData::setName),
                    text("city", NodeRules.PLACE_MAX, NodeFormData::getCity, NodeFormData::setCity),
                    text("region", NodeRules.PLACE_MAX, NodeFormData::getRegion, NodeFormData::setRegion),
                    text("provider", NodeRules.PLACE_MAX, NodeFormData::getProvider, NodeFormData::setProvider),
                    url()));
        }
        if (sections.contains(Section.CAPACITY)) {
            layout.add(section("node.section.capacity",
                    amount("tps", NodeRules.TPS_MAX, NodeFormData::getTps, NodeFormData::setTps),
                    amount("storageGb", NodeRules.STORAGE_GB_MAX, NodeFormData::getStorageGb, NodeFormData::setStorageGb),
                    amount("bandwidthMbps", NodeRules.BANDWIDTH_MBPS_MAX, NodeFormData::getBandwidthMbps,
                            NodeFormData::setBandwidthMbps)));
        }
        if (sections.contains(Section.PRICES)) {
            layout.add(section("node.section.prices",
                    price("pricePerTps", NodeFormData::getPricePerTps, NodeFormData::setPricePerTps),
                    price("pricePerStorageGb", NodeFormData::getPricePerStorageGb, NodeFormData::setPricePerStorageGb),
                    price("pricePerBandwidthMbps", NodeFormData::getPricePerBandwidthMbps,
                            NodeFormData::setPricePerBandwidthMbps)));
        }
        binder.readBean(initial);
    }

    public NodeForm(Set<Section> sections) {
        this(sections, new NodeFormData());
    }

    /** Checks every field; fires {@link SaveEvent} only when all pass. */
    public void submit() {
        errors.clear();
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    /** Shows the server's refusal next to the fields it names. */
    public void showErrors(InvalidInputException invalid) {
        errors.show(invalid);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        return new Div(new H4(getTranslation(titleKey)), form);
    }

    private TextField text(String field, int max, ValueProvider<NodeFormData, String> getter,
                           Setter<NodeFormData, String> setter) {
        TextField input = new TextField(getTranslation("field." + field));
        input.setId("node-" + field);
        input.setMaxLength(max * 2); // leave room for the rule to speak, rather than silently truncating
        binder.forField(input).withValidator(RuleValidator.of(v -> NodeRules.text(field, v, max))).bind(getter, setter);
        errors.register(field, input);
        return input;
    }

    private TextField url() {
        TextField input = new TextField(getTranslation("field.gatewayUrl"));
        input.setId("node-gatewayUrl");
        input.setPlaceholder("https://node.example.com");
        binder.forField(input).withValidator(RuleValidator.of(NodeRules::gatewayUrl))
                .bind(NodeFormData::getGatewayUrl, NodeFormData::setGatewayUrl);
        errors.register("gatewayUrl", input);
        return input;
    }

    private WholeNumberField amount(String field, int max, ValueProvider<NodeFormData, Integer> getter,
                                    Setter<NodeFormData, Integer> setter) {
        WholeNumberField input = new WholeNumberField(getTranslation("field." + field), 1, max);
        input.setId("node-" + field);
        binder.forField(input).withValidator(RuleValidator.of(v -> NodeRules.amount(field, v, max))).bind(getter, setter);
        errors.register(field, input);
        return input;
    }

    private BigDecimalField price(String field, ValueProvider<NodeFormData, BigDecimal> getter,
                                  Setter<NodeFormData, BigDecimal> setter) {
        BigDecimalField input = new BigDecimalField(getTranslation("field." + field));
        input.setId("node-" + field);
        input.setSuffixComponent(new Div("CNY"));
        binder.forField(input).withValidator(RuleValidator.<BigDecimal>of(v -> NodeRules.price(field, v)))
                .bind(getter, setter);
        errors.register(field, input);
        return input;
    }

    /** The person asked to save valid data. */
    public static class SaveEvent extends ComponentEvent<NodeForm> {
        private final NodeFormData data;

        SaveEvent(NodeForm source, NodeFormData data) {
            super(source, false);
            this.data = data;
        }

        public NodeFormData data() {
            return data;
        }
    }

    static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }
}
