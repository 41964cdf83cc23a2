package org.openbsn.portal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeRules;
import org.openbsn.noderegistry.api.NodeSearchHit;
import org.openbsn.noderegistry.api.SearchNodesQuery;
import org.openbsn.portal.node.NodeFormats;
import org.openbsn.portal.ui.WholeNumberField;

/**
 * Wizard step: find city nodes by search, choose them, set TPS, storage and bandwidth on each, and say how many of
 * their organisations must endorse a transaction.
 */
class NodesStep extends VerticalLayout {

    /** A chosen node and the fields holding what is bought on it. */
    private record Chosen(String nodeId, String label, WholeNumberField tps, WholeNumberField storageGb,
                          WholeNumberField bandwidthMbps) {
    }

    private final CityNodes nodes;
    private final TextField text = new TextField();
    private final Grid<NodeSearchHit> found = new Grid<>();
    private final Grid<Chosen> chosenGrid = new Grid<>();
    private final Map<String, Chosen> chosen = new LinkedHashMap<>();
    final EndorsementField endorsement = new EndorsementField();

    NodesStep(CityNodes nodes) {
        this.nodes = nodes;
        setPadding(false);
        text.setPlaceholder(getTranslation("find.text"));
        text.setAriaLabel(getTranslation("find.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.setId("wizard-node-search");
        text.addValueChangeListener(change -> search());
        found.setId("wizard-node-results");
        found.setAllRowsVisible(true);
        found.addColumn(hit -> hit.details().name()).setHeader(getTranslation("field.name")).setAutoWidth(true);
        found.addColumn(hit -> hit.details().city() + ", " + hit.details().region()).setHeader(getTranslation("node.location"))
                .setAutoWidth(true);
        found.addColumn(hit -> NodeFormats.capacity(hit.free())).setHeader(getTranslation("node.free")).setAutoWidth(true);
        found.addColumn(hit -> NodeFormats.prices(hit.prices())).setHeader(getTranslation("node.prices")).setAutoWidth(true);
        found.addComponentColumn(hit -> {
            Button choose = new Button(getTranslation("wizard.nodes.choose"), click -> choose(hit.nodeId(), hit.details().name(), Capacity.NONE));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            choose.setEnabled(!chosen.containsKey(hit.nodeId()));
            choose.setId("choose-" + hit.nodeId());
            return choose;
        });
        chosenGrid.setId("wizard-chosen-nodes");
        chosenGrid.setAllRowsVisible(true);
        chosenGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a field's error is read whole, not cut off
        chosenGrid.addColumn(Chosen::label).setHeader(getTranslation("field.name")).setAutoWidth(true);
        chosenGrid.addComponentColumn(Chosen::tps).setHeader(getTranslation("field.tps"));
        chosenGrid.addComponentColumn(Chosen::storageGb).setHeader(getTranslation("field.storageGb"));
        chosenGrid.addComponentColumn(Chosen::bandwidthMbps).setHeader(getTranslation("field.bandwidthMbps"));
        chosenGrid.addComponentColumn(row -> {
            Button remove = new Button(getTranslation("wizard.nodes.remove"), click -> {
                chosen.remove(row.nodeId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        add(new H3(getTranslation("wizard.nodes.find")), text, found, new H3(getTranslation("wizard.nodes.chosen")), chosenGrid,
                endorsement);
        search();
    }

    void read(List<NodeResources> resources) {
        chosen.clear();
        for (NodeResources node : resources) {
            String label = nodes.find(node.nodeId()).map(view -> view.details().name()).orElse(node.nodeId());
            choose(node.nodeId(), label, node.capacity());
        }
        refresh();
    }

    /** A refusal that names chosen nodes by their ids, naming them by their names instead. */
    FieldViolation named(FieldViolation violation) {
        return new FieldViolation(violation.field(), violation.messageKey(), violation.englishMessage(),
                violation.arguments().stream()
                        .map(argument -> chosen.containsKey(argument) ? chosen.get(argument).label() : argument).toList());
    }

    List<NodeResources> value() {
        List<NodeResources> value = new ArrayList<>();
        for (Chosen row : chosen.values()) {
            value.add(new NodeResources(row.nodeId(), new Capacity(orZero(row.tps()), orZero(row.storageGb()),
                    orZero(row.bandwidthMbps()))));
        }
        return value;
    }

    /** Marks each resource typed that is not a whole number the node could hold; true when there is none. */
    boolean resourcesWhole() {
        return WholeNumberField.allWhole(chosen.values().stream()
                .flatMap(row -> Stream.of(row.tps(), row.storageGb(), row.bandwidthMbps())).toList());
    }

    private void choose(String nodeId, String label, Capacity capacity) {
        int index = chosen.size();
        // a design may leave storage and bandwidth at 0, but needs at least 1 TPS (ApplicationRules)
        chosen.put(nodeId, new Chosen(nodeId, label, field("tps", index, capacity.tps(), 1, NodeRules.TPS_MAX),
                field("storage", index, capacity.storageGb(), 0, NodeRules.STORAGE_GB_MAX),
                field("bandwidth", index, capacity.bandwidthMbps(), 0, NodeRules.BANDWIDTH_MBPS_MAX)));
        refresh();
    }

    private WholeNumberField field(String name, int index, int value, int min, int max) {
        WholeNumberField field = new WholeNumberField(min, max);
        field.setValue(value);
        field.setWidth("7em");
        field.setId("wizard-node-" + index + "-" + name);
        field.setAriaLabel(getTranslation("wizard.nodes." + name));
        return field;
    }

    private void refresh() {
        chosenGrid.setItems(new ArrayList<>(chosen.values()));
        found.getDataProvider().refreshAll();
    }

    private void search() {
        SearchNodesQuery query = new SearchNodesQuery(text.getValue(), null, null, null, 1, null, null, null, null, null,
                null, 0, 10);
        found.setItems(nodes.search(query).hits());
        found.getElement().setAttribute("data-query", text.getValue()); // what the rows answer, for people and tests alike
    }

    private static int orZero(WholeNumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
