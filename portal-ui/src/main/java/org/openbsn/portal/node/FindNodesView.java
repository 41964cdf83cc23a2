package org.openbsn.portal.node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.FacetCount;
import org.openbsn.noderegistry.api.NodeSearchHit;
import org.openbsn.noderegistry.api.NodeRules;
import org.openbsn.noderegistry.api.NodeSearchResult;
import org.openbsn.noderegistry.api.NodeSearchRules;
import org.openbsn.noderegistry.api.NodeSort;
import org.openbsn.noderegistry.api.SearchNodesQuery;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.Texts;
import org.openbsn.portal.ui.WholeNumberField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishers find the city nodes to run on: words, minimum free capacity, maximum prices, region
 * and provider facets with counts, and a sort order; results update as filters change.
 */
@Route("nodes/find")
@RolesAllowed("PUBLISHER")
public class FindNodesView extends HorizontalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FindNodesView.class);

    private final CityNodes nodes;
    private final TextField text = new TextField();
    private final Select<NodeSort> sort = new Select<>();
    private final WholeNumberField minFreeTps = new WholeNumberField(0, NodeRules.TPS_MAX);
    private final WholeNumberField minFreeStorageGb = new WholeNumberField(0, NodeRules.STORAGE_GB_MAX);
    private final WholeNumberField minFreeBandwidthMbps = new WholeNumberField(0, NodeRules.BANDWIDTH_MBPS_MAX);
    private final BigDecimalField maxPricePerTps = new BigDecimalField();
    private final BigDecimalField maxPricePerStorageGb = new BigDecimalField();
    private final BigDecimalField maxPricePerBandwidthMbps = new BigDecimalField();
    private final CheckboxGroup<String> regions = new CheckboxGroup<>();
    private final CheckboxGroup<String> providers = new CheckboxGroup<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<NodeSearchHit> grid = new Grid<>();
    private final FieldErrors errors = new FieldErrors();
    private boolean updatingFacets;

    public FindNodesView(CityNodes nodes) {
        this.nodes = nodes;
        setSizeFull();
        text.setPlaceholder(getTranslation("find.text"));
        text.setAriaLabel(getTranslation("find.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.setId("search-text");
        sort.setLabel(getTranslation("find.sort"));
        sort.setItems(NodeSort.values());
        sort.setItemLabelGenerator(value -> getTranslation("sort." + value.name()));
        sort.setValue(NodeSort.RELEVANCE);
        sort.setId("search-sort");
        label(minFreeTps, "minFreeTps");
        label(minFreeStorageGb, "minFreeStorageGb");
        label(minFreeBandwidthMbps, "minFreeBandwidthMbps");
        label(maxPricePerTps, "maxPricePerTps");
        label(maxPricePerStorageGb, "maxPricePerStorageGb");
        label(maxPricePerBandwidthMbps, "maxPricePerBandwidthMbps");
        facet(regions, "regions");
        facet(providers, "providers");
        errors.register("text", text);
        Button clear = new Button(getTranslation("find.clear"), click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("search-clear");

        VerticalLayout filters = new VerticalLayout(sort, minFreeTps, minFreeStorageGb, minFreeBandwidthMbps,
                maxPricePerTps, maxPricePerStorageGb, maxPricePerBandwidthMbps, regions, providers, clear);
        filters.setWidth("17em");
        filters.setPadding(true);
        filters.setSpacing(false);
        sort.setWidthFull();
        filters.getStyle().set("flex-shrink", "0").set("overflow", "auto");

        grid.setId("search-results");
        // columns share the width and long figures wrap, so prices stay in sight beside the filters at 1400 pixels
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(hit -> hit.details().name()).setHeader(getTranslation("field.name")).setFlexGrow(2);
        grid.addColumn(hit -> hit.details().city() + ", " + hit.details().region()).setHeader(getTranslation("node.location"))
                .setFlexGrow(2);
        grid.addColumn(hit -> hit.details().provider()).setHeader(getTranslation("field.provider")).setFlexGrow(2);
        grid.addColumn(hit -> NodeFormats.capacity(hit.free())).setHeader(getTranslation("node.free")).setFlexGrow(3);
        grid.addColumn(hit -> NodeFormats.prices(hit.prices())).setHeader(getTranslation("node.prices")).setFlexGrow(4);
        summary.setId("search-summary");

        VerticalLayout results = new VerticalLayout(new H2(getTranslation("find.title")), text, summary, grid);
        results.setPadding(false);
        results.setSizeFull();
        add(filters, results);
        expand(results);
        for (HasValue<?, ?> field : List.of(text, sort, minFreeTps, minFreeStorageGb, minFreeBandwidthMbps, maxPricePerTps,
                maxPricePerStorageGb, maxPricePerBandwidthMbps, regions, providers)) {
            field.addValueChangeListener(change -> {
                if (!updatingFacets) {
                    search();
                }
            });
        }
        search();
    }

    private void label(HasValue<?, ?> field, String name) {
        String label = getTranslation("field." + name);
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        if (field instanceof WholeNumberField whole) {
            whole.setLabel(label);
            whole.setValueChangeMode(ValueChangeMode.LAZY);
            whole.setId("search-" + name);
            errors.register(name, whole);
        } else if (field instanceof BigDecimalField decimal) {
            decimal.setLabel(label);
            decimal.setValueChangeMode(ValueChangeMode.LAZY);
            decimal.setId("search-" + name);
            errors.register(name, decimal);
        }
    }

    private void facet(CheckboxGroup<String> facet, String name) {
        facet.setLabel(getTranslation("field." + name));
        facet.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        facet.setId("facet-" + name);
        errors.register(name, facet);
    }

    private SearchNodesQuery query(int offset, int limit) {
        return new SearchNodesQuery(text.getValue(), regions.getValue(), providers.getValue(), null,
                minFreeTps.getValue(), minFreeStorageGb.getValue(), minFreeBandwidthMbps.getValue(),
                maxPricePerTps.getValue(), maxPricePerStorageGb.getValue(), maxPricePerBandwidthMbps.getValue(),
                sort.getValue(), offset, limit);
    }

    private void search() {
        errors.clear();
        summary.getStyle().remove("color");
        if (!WholeNumberField.allWhole(List.of(minFreeTps, minFreeStorageGb, minFreeBandwidthMbps))) {
            showInvalid();
            return;
        }
        NodeSearchResult first;
        try {
            first = nodes.search(query(0, 50));
        } catch (RuntimeException failure) {
            showFailure(failure);
            return;
        }
        showFacets(regions, first.regions());
        showFacets(providers, first.providers());
        summary.setText(first.total() == 0 ? getTranslation("find.none") : getTranslation("find.count", first.total()));
        int reachable = (int) Math.min(first.total(), NodeSearchRules.WINDOW_MAX);
        grid.setItems(page -> nodes.search(query(page.getOffset(), Math.min(page.getLimit(), NodeSearchRules.PAGE_MAX)))
                .hits().stream(), page -> reachable);
        grid.setVisible(first.total() > 0);
    }

    private void showFailure(RuntimeException failure) {
        InvalidInputException invalid = Texts.refusal(failure)
                .filter(InvalidInputException.class::isInstance).map(InvalidInputException.class::cast).orElse(null);
        if (invalid != null) {
            errors.show(invalid);
            showInvalid();
            return;
        }
        log.warn("Node search failed", failure);
        summary.setText(getTranslation("find.unavailable"));
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setVisible(false);
    }

    private void showInvalid() {
        summary.setText(getTranslation("find.invalid"));
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setVisible(false);
    }

    /** Shows each value with its count, keeping what the person already ticked. */
    private void showFacets(CheckboxGroup<String> facet, List<FacetCount> counts) {
        updatingFacets = true;
        try {
            Set<String> chosen = new LinkedHashSet<>(facet.getValue());
            Set<String> values = new LinkedHashSet<>();
            counts.forEach(count -> values.add(count.value()));
            values.addAll(chosen);
            java.util.Map<String, Long> byValue = new java.util.HashMap<>();
            counts.forEach(count -> byValue.put(count.value(), count.count()));
            facet.setItems(values);
            facet.setItemLabelGenerator(value -> value + " (" + byValue.getOrDefault(value, 0L) + ")");
            facet.setValue(chosen);
        } finally {
            updatingFacets = false;
        }
    }

    private void clearFilters() {
        updatingFacets = true;
        try {
            text.clear();
            sort.setValue(NodeSort.RELEVANCE);
            List.of(minFreeTps, minFreeStorageGb, minFreeBandwidthMbps).forEach(WholeNumberField::clear);
            List.of(maxPricePerTps, maxPricePerStorageGb, maxPricePerBandwidthMbps).forEach(BigDecimalField::clear);
            regions.clear();
            providers.clear();
        } finally {
            updatingFacets = false;
        }
        search();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.title") + " · OpenBSN";
    }
}
