package org.openbsn.portal.node;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.SearchIndexStatus;

/** The operator sees the node search index and can rebuild it from the event store. */
@Route("operator/search")
@RolesAllowed("OPERATOR")
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final CityNodes nodes;
    private final Paragraph status = new Paragraph();

    public SearchIndexView(CityNodes nodes) {
        this.nodes = nodes;
        status.setId("search-index-status");
        Button rebuild = new Button(getTranslation("search.rebuild"), click -> {
            nodes.rebuildSearchIndex();
            Notification.show(getTranslation("search.rebuild-started"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setId("rebuild-search-index");
        Button refresh = new Button(getTranslation("search.refresh"), click -> refresh());
        refresh.setId("refresh-search-index");
        add(new H2(getTranslation("search.title")), new Paragraph(getTranslation("search.intro")), status,
                new HorizontalLayout(rebuild, refresh));
        refresh();
    }

    private void refresh() {
        SearchIndexStatus current = nodes.searchIndexStatus();
        status.setText(getTranslation(current.rebuilding() ? "search.status.rebuilding" : "search.status.ready",
                current.documents(), current.index()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · OpenBSN";
    }
}
