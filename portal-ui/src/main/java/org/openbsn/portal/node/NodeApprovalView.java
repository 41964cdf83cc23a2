package org.openbsn.portal.node;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Formats;

/** The operator's queue of nodes awaiting approval, and the active nodes they can suspend or resume. */
@Route("operator/nodes")
@RolesAllowed("OPERATOR")
public class NodeApprovalView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<NodeStatus> PENDING = EnumSet.of(NodeStatus.PENDING_APPROVAL);
    private static final Set<NodeStatus> LIVE = EnumSet.of(NodeStatus.ACTIVE, NodeStatus.SUSPENDED);

    private final CityNodes nodes;
    private final Accounts accounts;
    private final String operatorId;
    private final Grid<CityNodeView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Tabs tabs;
    private final Tab pendingTab;
    private final Tab liveTab;
    private Map<String, AccountSummary> owners = Map.of();

    public NodeApprovalView(CityNodes nodes, Accounts accounts, CurrentUser currentUser) {
        this.nodes = nodes;
        this.accounts = accounts;
        this.operatorId = currentUser.get().accountId();
        setSizeFull();
        pendingTab = new Tab(getTranslation("approval.tab.pending"));
        pendingTab.setId("tab-pending");
        liveTab = new Tab(getTranslation("approval.tab.live"));
        liveTab.setId("tab-live");
        Tab allTab = new Tab(getTranslation("approval.tab.all"));
        allTab.setId("tab-all");
        tabs = new Tabs(pendingTab, liveTab, allTab);
        tabs.addSelectedChangeListener(change -> refresh());

        grid.setId("node-approvals");
        // the status next to the name, and long figures wrapped, so every column fits a 1400-pixel window
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(n -> new RouterLink(n.details().name(), NodeDetailView.class,
                new RouteParameters("nodeId", n.nodeId()))).setHeader(getTranslation("field.name")).setFlexGrow(2);
        grid.addComponentColumn(n -> NodeFormats.status(n.status())).setHeader(getTranslation("node.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> ownerName(n.ownerId())).setHeader(getTranslation("node.owner")).setFlexGrow(3);
        grid.addColumn(n -> n.details().city() + ", " + n.details().region()).setHeader(getTranslation("node.location"))
                .setFlexGrow(2);
        grid.addColumn(n -> n.details().provider()).setHeader(getTranslation("field.provider")).setFlexGrow(2);
        grid.addColumn(n -> NodeFormats.capacity(n.capacity())).setHeader(getTranslation("node.capacity")).setFlexGrow(3);
        grid.addColumn(n -> NodeFormats.prices(n.prices())).setHeader(getTranslation("node.prices")).setFlexGrow(3);
        grid.addColumn(n -> Formats.dateTime(n.registeredAt())).setHeader(getTranslation("node.registered-at")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("node.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        empty.setId("approvals-empty");

        add(new H2(getTranslation("approval.title")), tabs, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(CityNodeView node) {
        HorizontalLayout actions = new HorizontalLayout();
        switch (node.status()) {
            case PENDING_APPROVAL -> {
                Button approve = small(getTranslation("node.action.approve"), () -> {
                    nodes.approve(node.nodeId(), operatorId);
                    Notification.show(getTranslation("node.approved", node.details().name()), 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
                approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                approve.setId("approve-" + node.nodeId());
                Button reject = small(getTranslation("node.action.reject"), () -> new ReasonDialog(
                        getTranslation("node.reject.title", node.details().name()), getTranslation("node.action.reject"),
                        reason -> {
                            nodes.reject(node.nodeId(), operatorId, reason);
                            refresh();
                        }).open());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                reject.setId("reject-" + node.nodeId());
                actions.add(approve, reject);
            }
            case ACTIVE -> actions.add(small(getTranslation("node.action.suspend"), () -> new ReasonDialog(
                    getTranslation("node.suspend.title", node.details().name()), getTranslation("node.action.suspend"),
                    reason -> {
                        nodes.suspend(node.nodeId(), operatorId, reason);
                        refresh();
                    }).open()));
            case SUSPENDED -> actions.add(small(getTranslation("node.action.resume"), () -> {
                nodes.resume(node.nodeId(), operatorId);
                refresh();
            }));
            default -> { }
        }
        return actions;
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private String ownerName(String ownerId) {
        AccountSummary owner = owners.get(ownerId);
        return owner == null ? ownerId : owner.displayName() + " <" + owner.email() + ">";
    }

    private void refresh() {
        Tab selected = tabs.getSelectedTab();
        Set<NodeStatus> statuses = selected == pendingTab ? PENDING
                : selected == liveTab ? LIVE : EnumSet.allOf(NodeStatus.class);
        List<CityNodeView> shown = nodes.withStatus(statuses);
        owners = accounts.findAll(shown.stream().map(CityNodeView::ownerId).distinct().toList());
        grid.setItems(shown);
        empty.setText(getTranslation(selected == pendingTab ? "approval.empty.pending" : "approval.empty"));
        empty.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title") + " · OpenBSN";
    }
}
