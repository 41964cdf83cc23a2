package org.openbsn.portal.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageSearchResult;
import org.openbsn.marketplace.api.PackageSort;
import org.openbsn.marketplace.api.PackageSummary;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.SearchPackagesQuery;

/**
 * Everyone signed in browses listed packages: words, category, language and price type (each with how many
 * packages match), a sort order, and results loaded page by page as the list scrolls.
 */
@Route("marketplace")
@PermitAll
public class MarketplaceView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;
    private static final String ANY = "";

    private final Marketplace marketplace;
    private final TextField text = new TextField();
    private final Select<String> category = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<String> priceType = new Select<>();
    private final Select<PackageSort> sort = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<PackageSummary> grid = new Grid<>();
    private boolean updatingFacets;

    public MarketplaceView(Marketplace marketplace) {
        this.marketplace = marketplace;
        setSizeFull();
        text.setPlaceholder(getTranslation("marketplace.search.text"));
        text.setAriaLabel(getTranslation("marketplace.search.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.setId("marketplace-search");
        facet(category, "category");
        facet(language, "language");
        facet(priceType, "priceType");
        sort.setLabel(getTranslation("find.sort"));
        sort.setItems(PackageSort.values());
        sort.setItemLabelGenerator(value -> getTranslation("marketplace.sort." + value.name()));
        sort.setValue(PackageSort.RELEVANCE);
        sort.setId("marketplace-sort");

        grid.setId("marketplace-results");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(hit -> {
            RouterLink link = new RouterLink(hit.name(), PackageDetailView.class, PackageDetailView.parameters(hit.packageId()));
            link.setId("open-" + hit.packageId());
            return link;
        }).setHeader(getTranslation("marketplace.package")).setAutoWidth(true);
        grid.addColumn(PackageSummary::description).setHeader(getTranslation("marketplace.description")).setFlexGrow(3);
        grid.addColumn(hit -> hit.category() + " · " + hit.language()).setHeader(getTranslation("marketplace.category"))
                .setAutoWidth(true);
        grid.addColumn(hit -> MarketplaceFormats.price(hit.pricing())).setHeader(getTranslation("marketplace.price"))
                .setAutoWidth(true);
        grid.addColumn(hit -> MarketplaceFormats.rating(hit.rating(), hit.ratingCount()))
                .setHeader(getTranslation("marketplace.rating")).setAutoWidth(true);
        grid.addColumn(PackageSummary::deployments).setHeader(getTranslation("marketplace.deployments"));
        grid.addColumn(PackageSummary::latestVersion).setHeader(getTranslation("marketplace.version"));
        summary.setId("marketplace-summary");

        HorizontalLayout filters = new HorizontalLayout(category, language, priceType, sort);
        add(new H2(getTranslation("marketplace.title")), text, filters, summary, grid);
        text.addValueChangeListener(change -> search());
        for (Select<?> select : List.of(category, language, priceType, sort)) {
            select.addValueChangeListener(change -> {
                if (!updatingFacets) {
                    search();
                }
            });
        }
        search();
    }

    private void facet(Select<String> facet, String name) {
        facet.setLabel(getTranslation("marketplace.facet." + name));
        facet.setItems(ANY);
        facet.setValue(ANY);
        facet.setId("facet-" + name);
    }

    private SearchPackagesQuery query(int offset, int limit) {
        PriceType price = priceType.getValue() == null || priceType.getValue().isEmpty() ? null
                : PriceType.valueOf(priceType.getValue().toUpperCase(Locale.ROOT));
        return new SearchPackagesQuery(text.getValue(), category.getValue(), language.getValue(), price, sort.getValue(),
                offset, limit);
    }

    private void search() {
        PackageSearchResult first = marketplace.search(query(0, PAGE));
        showFacet(category, first.facets().getOrDefault("category", Map.of()), false);
        showFacet(language, first.facets().getOrDefault("language", Map.of()), false);
        showFacet(priceType, first.facets().getOrDefault("priceType", Map.of()), true);
        summary.setText(first.total() == 0 ? getTranslation("marketplace.search.none")
                : getTranslation("marketplace.search.count", first.total()));
        grid.setItems(page -> fetch(page.getOffset(), page.getLimit()), page -> (int) first.total());
        grid.setVisible(first.total() > 0);
        grid.getElement().setAttribute("data-query", text.getValue());
    }

    /** The hits the grid asks for, asked of the marketplace one page (of at most {@link #PAGE}) at a time. */
    private Stream<PackageSummary> fetch(int offset, int limit) {
        List<PackageSummary> hits = new ArrayList<>();
        while (hits.size() < limit) {
            int wanted = Math.min(PAGE, limit - hits.size());
            List<PackageSummary> page = marketplace.search(query(offset + hits.size(), wanted)).hits();
            hits.addAll(page);
            if (page.size() < wanted) {
                break;
            }
        }
        return hits.stream();
    }

    /** Offers each value with how many matches it has, keeping the chosen one even when it has none. */
    private void showFacet(Select<String> facet, Map<String, Long> counts, boolean priceTypes) {
        updatingFacets = true;
        try {
            String chosen = facet.getValue() == null ? ANY : facet.getValue();
            List<String> values = new ArrayList<>();
            values.add(ANY);
            counts.keySet().stream().sorted().forEach(values::add);
            if (!values.contains(chosen)) {
                values.add(chosen);
            }
            facet.setItems(values);
            facet.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("marketplace.facet.any")
                    : (priceTypes ? getTranslation("marketplace.price-type." + value.toUpperCase(Locale.ROOT)) : value)
                    + " (" + counts.getOrDefault(value, 0L) + ")");
            facet.setValue(chosen);
        } finally {
            updatingFacets = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.title") + " · OpenBSN";
    }
}
