package org.openbsn.portal.node;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.openbsn.orderingbridge.api.Channels;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeHistoryEntry;
import org.openbsn.noderegistry.api.NodeUtilisation;
import org.openbsn.portal.ui.Formats;

/** One node for the operator: its details, its utilisation and its whole history (who did what, when). */
@Route("operator/nodes/:nodeId")
@RolesAllowed("OPERATOR")
public class NodeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CityNodes nodes;
    private final Accounts accounts;
    private final Channels network;
    private String title = "";

    public NodeDetailView(CityNodes nodes, Accounts accounts, Channels network) {
        this.nodes = nodes;
        this.accounts = accounts;
        this.network = network;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String nodeId = event.getRouteParameters().get("nodeId").orElse("");
        CityNodeView node = nodes.find(nodeId).orElseThrow(NotFoundException::new);
        List<NodeHistoryEntry> history = nodes.history(nodeId);
        Map<String, AccountSummary> people = accounts.findAll(
                history.stream().map(NodeHistoryEntry::actorId).filter(Objects::nonNull).distinct().toList());
        title = node.details().name();
        removeAll();

        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(node.details().city() + ", " + node.details().region()), getTranslation("node.location"));
        facts.addFormItem(new Span(node.details().provider()), getTranslation("field.provider"));
        facts.addFormItem(new Span(node.details().gatewayUrl()), getTranslation("field.gatewayUrl"));
        facts.addFormItem(NodeFormats.status(node.status()), getTranslation("node.status"));
        facts.addFormItem(new Span(NodeFormats.capacity(node.capacity())), getTranslation("node.capacity"));
        facts.addFormItem(new Span(NodeFormats.capacity(node.reserved())), getTranslation("node.reserved"));
        facts.addFormItem(new Span(NodeFormats.prices(node.prices())), getTranslation("node.prices"));
        if (node.statusReason() != null) {
            facts.addFormItem(new Span(node.statusReason()), getTranslation("node.reason"));
        }
        facts.addFormItem(network.organisationOf(nodeId)
                .map(organisation -> new Span(getTranslation("node.organisation.format", organisation.mspId(),
                        organisation.caFingerprint())))
                .orElseGet(() -> new Span(getTranslation("node.organisation.none"))), getTranslation("node.organisation"));

        Grid<NodeHistoryEntry> grid = new Grid<>();
        grid.setId("node-history");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(e -> who(e.actorId(), people)).setHeader(getTranslation("history.who")).setResizable(true);
        grid.addColumn(e -> getTranslation("history." + e.action())).setHeader(getTranslation("history.what")).setAutoWidth(true);
        grid.addColumn(NodeHistoryEntry::detail).setHeader(getTranslation("history.detail")).setFlexGrow(3)
                .setTooltipGenerator(NodeHistoryEntry::detail);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        NodeUtilisation utilisation = nodes.utilisation(nodeId)
                .orElseGet(() -> new NodeUtilisation(nodeId, node.capacity(), node.reserved(), List.of()));
        add(new H2(title), facts, new NodeUtilisationPanel(utilisation, nodes.utilisationHistory(nodeId)),
                new H3(getTranslation("history.title")), grid);
    }

    private String who(String actorId, Map<String, AccountSummary> people) {
        if (actorId == null) {
            return getTranslation("history.system");
        }
        AccountSummary person = people.get(actorId);
        return person == null ? actorId : person.displayName() + " <" + person.email() + ">";
    }

    @Override
    public String getPageTitle() {
        return title + " · OpenBSN";
    }
}
