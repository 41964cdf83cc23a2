package org.openbsn.portal.node;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeFilter;

/** Publishers browse the active city nodes, narrowed by city and region, page by page. */
@Route("nodes")
@RolesAllowed("PUBLISHER")
public class BrowseNodesView extends VerticalLayout implements HasDynamicTitle {

    private final CityNodes nodes;
    private final TextField city = new TextField();
    private final TextField region = new TextField();
    private final Grid<CityNodeView> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public BrowseNodesView(CityNodes nodes) {
        this.nodes = nodes;
        setSizeFull();
        city.setPlaceholder(getTranslation("browse.filter.city"));
        city.setAriaLabel(getTranslation("browse.filter.city"));
        city.setId("filter-city");
        region.setPlaceholder(getTranslation("browse.filter.region"));
        region.setAriaLabel(getTranslation("browse.filter.region"));
        region.setId("filter-region");
        for (TextField filter : new TextField[] {city, region}) {
            filter.setPrefixComponent(VaadinIcon.SEARCH.create());
            filter.setClearButtonVisible(true);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.addValueChangeListener(change -> refresh());
        }

        grid.setId("browse-nodes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> n.details().name()).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(n -> n.details().city()).setHeader(getTranslation("field.city"));
        grid.addColumn(n -> n.details().region()).setHeader(getTranslation("field.region"));
        grid.addColumn(n -> n.details().provider()).setHeader(getTranslation("field.provider"));
        grid.addColumn(n -> NodeFormats.capacity(n.free())).setHeader(getTranslation("node.free")).setAutoWidth(true);
        grid.addColumn(n -> NodeFormats.prices(n.prices())).setHeader(getTranslation("node.prices")).setAutoWidth(true);
        summary.setId("browse-summary");

        add(new H2(getTranslation("browse.title")), new HorizontalLayout(city, region), summary, grid);
        refresh();
    }

    private void refresh() {
        NodeFilter filter = new NodeFilter(city.getValue(), region.getValue());
        long count = nodes.countActive(filter);
        summary.setText(count == 0 ? getTranslation("browse.none") : getTranslation("browse.count", count));
        grid.setItems(query -> nodes.browseActive(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) nodes.countActive(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("browse.title") + " · OpenBSN";
    }
}
